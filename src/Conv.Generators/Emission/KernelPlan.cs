using System;

namespace Conv.Generators.Emission;

/// <summary>
/// The numbers a layer's forward code is specialised on. The input is read through a "view": when the
/// layer pads or strides its columns, each batch item is first copied into a scratch buffer with the
/// padding filled in (per mode) and the columns split into <c>StrideWidth</c> phases, so that every tap
/// of every output reads contiguous memory at a constant offset; otherwise the input is read as it is.
/// </summary>
internal sealed class KernelPlan
{
    public const int Lanes = 8;

    // Accumulators the microkernel keeps in registers: OB output channels x RB rows x CB vectors of columns,
    // within the 16 vector registers of AVX2 together with the inputs or weights in flight.
    private const int MaxAccumulators = 12;

    public KernelPlan(Conv2dGeometry g, bool vectorized)
    {
        G = g;
        // One output column reads its taps from column 0 whatever the stride: no phases needed.
        ColumnStride = g.OutputWidth == 1 ? 1 : g.StrideWidth;
        UsesScratch = g.PaddingHeight > 0 || g.PaddingWidth > 0 || ColumnStride > 1;
        PaddedRows = g.InputHeight + 2 * g.PaddingHeight;
        var paddedColumns = g.InputWidth + 2 * g.PaddingWidth;
        PaddedColumns = paddedColumns;
        PhaseWidth = UsesScratch ? (paddedColumns + ColumnStride - 1) / ColumnStride : g.InputWidth;
        RowStride = UsesScratch ? PhaseWidth * ColumnStride : g.InputWidth;
        // Conv2dGeometry.Validate bounds the padded view, so this product fits; one output row never steps.
        RowStep = g.OutputHeight == 1 ? 0 : g.StrideHeight * RowStride;
        PlaneStride = UsesScratch ? RowStride * PaddedRows : g.InputHeight * g.InputWidth;
        WindowLength = g.KernelHeight * g.KernelWidth;
        Vectorized = vectorized && g.OutputWidth >= Lanes;

        // Column positions of a row: vectors (the last one overlapping) or single columns.
        var lanes = Vectorized ? Lanes : 1;
        var positions = (g.OutputWidth + lanes - 1) / lanes;
        var best = (Channels: 1, Vectors: 1, Rows: 1, Cost: double.MaxValue);
        var maxRows = RowBlocksPay(g, positions) ? Math.Min(4, g.OutputHeight) : 1;
        for (var ob = 1; ob <= 8; ob++)
        {
            if (g.OutChannelsPerGroup % ob != 0) continue;
            for (var cb = 1; cb <= Math.Min(positions, 8); cb++)
            for (var rb = 1; rb <= maxRows; rb++)
            {
                var accumulators = ob * cb * rb;
                // Live registers: the accumulators, the weights or the inputs of a tap (whichever the body holds fewer of), one more.
                if (accumulators > MaxAccumulators || accumulators + Math.Min(ob, cb * rb) + 1 > 16) continue;
                var fullBlocks = positions / cb;
                var tail = positions - fullBlocks * cb;
                var perRowBlock = fullBlocks * CyclesPerTap(ob, cb, rb) + (tail > 0 ? CyclesPerTap(ob, tail, rb) : 0);
                var rowBlocks = (g.OutputHeight + rb - 1) / rb;
                var cost = (double)(g.OutChannelsPerGroup / ob) * rowBlocks * perRowBlock;
                if (cost < best.Cost - 1e-9) best = (ob, cb, rb, cost);
            }
        }

        ChannelBlock = best.Channels;
        ColumnBlock = best.Vectors;
        RowBlock = best.Rows;
        var step = ColumnBlock * lanes;
        MainColumnsEnd = g.OutputWidth / step * step;
    }

    // Measured on the benchmark shapes: blocking several output rows pays when one row cannot fill eight
    // accumulators (few output channels, narrow rows), or when each output sums many taps of a real window;
    // with a 1x1 kernel or a single input channel the extra input rows cost more than they save.
    private static bool RowBlocksPay(Conv2dGeometry g, int positions)
    {
        var oneRow = 0;
        for (var ob = 1; ob <= 8; ob++)
            if (g.OutChannelsPerGroup % ob == 0) oneRow = Math.Max(oneRow, Math.Min(MaxAccumulators, ob * Math.Min(positions, 8)));
        var taps = g.InChannelsPerGroup * g.KernelHeight * g.KernelWidth;
        return oneRow < 8 || (taps >= 128 && g.KernelHeight * g.KernelWidth > 1);
    }

    // A block's cycles per kernel tap on a core with two FMA and two vector-load ports. Each accumulator is one
    // dependency chain; the FMA latency is four cycles, but measured on Zen 4 it takes about twelve chains, not
    // eight, to keep both FMA units busy (loads and loop overhead share the slots), hence six.
    private static double CyclesPerTap(int channels, int vectors, int rows)
    {
        var fmas = channels * vectors * rows;
        var loads = channels + vectors * rows;
        return Math.Max(Math.Max(fmas / 2.0, loads / 2.0), 6.0);
    }

    public Conv2dGeometry G { get; }
    public bool UsesScratch { get; }

    /// <summary>The stride the view's phases follow: <c>StrideWidth</c>, or 1 when there is one output column.</summary>
    public int ColumnStride { get; }

    /// <summary>View offset from one output row to the next.</summary>
    public int RowStep { get; }
    public bool Vectorized { get; }
    public int PaddedRows { get; }
    public int PaddedColumns { get; }
    public int PhaseWidth { get; }
    public int RowStride { get; }
    public int PlaneStride { get; }
    public int WindowLength { get; }
    public int ChannelBlock { get; }
    public int ColumnBlock { get; }

    /// <summary>Output rows per step; the last step starts at OutputHeight - RowBlock, overlapping the one before.</summary>
    public int RowBlock { get; }
    public int MainColumnsEnd { get; }
    public int ScratchLength => G.InChannelsPerGroup * PlaneStride;

    /// <summary>Offset in the view of tap (ky, kx) of input channel <paramref name="channel"/>, from the first tap of output (y, x) at channel 0.</summary>
    public int TapOffset(int channel, int ky, int kx)
    {
        var column = kx * G.DilationWidth;
        var phase = UsesScratch ? column % ColumnStride : 0;
        var within = UsesScratch ? column / ColumnStride : column;
        return channel * PlaneStride + ky * G.DilationHeight * RowStride + phase * PhaseWidth + within;
    }

    /// <summary>
    /// Statements a body writes out before loops take over: a loop turn over a kernel row (or a tap) still does the
    /// register-blocked multiply-adds of a whole block, so its overhead is small, while writing everything out would
    /// make a 31x31 kernel megabytes of code. The scalar kernel, a fallback for processors without AVX2, gets a smaller
    /// budget. Together they bound every generated file (GeneratedSizeTests, and the declaration fuzz test).
    /// </summary>
    public static int StatementBudget(bool vector) => vector ? 720 : 160;

    /// <summary>Statements one tap takes in the main body: the weights or inputs held, the others loaded, one multiply-add per accumulator.</summary>
    public int StatementsPerTap => ChannelBlock + RowBlock * ColumnBlock + ChannelBlock * RowBlock * ColumnBlock;

    /// <summary>The window is looped over kernel rows rather than written out tap by tap.</summary>
    public bool LoopKernelRows(bool vector) => WindowLength * StatementsPerTap > StatementBudget(vector);

    /// <summary>Kernel rows that would be too long written out loop over their columns too.</summary>
    public bool LoopKernelColumns(bool vector) => LoopKernelRows(vector) && G.KernelWidth * StatementsPerTap > StatementBudget(vector);

    /// <summary>The view offset of kernel column <paramref name="kx"/> (a C# expression) from column 0 of its row.</summary>
    public string ColumnTapExpression(string kx)
    {
        var dilated = Names.Affine(kx, G.DilationWidth, 0);
        if (!UsesScratch || ColumnStride == 1) return dilated;
        return $"({dilated}) % {ColumnStride} * {PhaseWidth} + ({dilated}) / {ColumnStride}";
    }

    /// <summary>Input channels written out per unrolled body: the whole group when small, else one channel per loop turn.</summary>
    public bool UnrollChannels(bool vector) =>
        G.InChannelsPerGroup * WindowLength <= 36 && (vector || G.InChannelsPerGroup * WindowLength * StatementsPerTap <= StatementBudget(vector));
}
