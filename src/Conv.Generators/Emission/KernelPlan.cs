using System;
using System.Linq;

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

    public KernelPlan(Conv2dGeometry g, System.Collections.Generic.IReadOnlyList<Simd> available)
    {
        // The blocking below is chosen for 8-lane vectors where the target has them.
        var vectorized = available.Any(k => k.Lanes == Lanes);
        G = g;
        // One output column (row) reads its taps from column (row) 0 whatever the stride: no phases needed.
        ColumnStride = g.OutputWidth == 1 ? 1 : g.StrideWidth;
        PaddedRows = g.InputHeight + 2 * g.PaddingHeight;
        var paddedColumns = g.InputWidth + 2 * g.PaddingWidth;
        PaddedColumns = paddedColumns;
        WindowLength = g.KernelHeight * g.KernelWidth;

        // Rows too narrow for a vector: the output plane is computed as one flat row (see Flat).
        var rowPhases = g.OutputHeight == 1 ? 1 : g.StrideHeight;
        var flatWidth = (paddedColumns + ColumnStride - 1) / ColumnStride;
        Flat = vectorized && g.OutputWidth < Lanes && (g.OutputHeight - 1) * flatWidth + g.OutputWidth >= Lanes;
        if (Flat)
        {
            UsesScratch = true;
            RowPhases = rowPhases;
            PhaseWidth = flatWidth;
            RowStride = flatWidth;
            PhaseRows = (PaddedRows + rowPhases - 1) / rowPhases;
            SubPlane = PhaseRows * flatWidth;
            PlaneStride = rowPhases * ColumnStride * SubPlane;
            GridHeight = 1;
            GridWidth = (g.OutputHeight - 1) * flatWidth + g.OutputWidth;
            RowStep = 0;
        }
        else
        {
            UsesScratch = g.PaddingHeight > 0 || g.PaddingWidth > 0 || ColumnStride > 1;
            RowPhases = 1;
            PhaseWidth = UsesScratch ? flatWidth : g.InputWidth;
            RowStride = UsesScratch ? PhaseWidth * ColumnStride : g.InputWidth;
            PhaseRows = PaddedRows;
            SubPlane = 0;
            PlaneStride = UsesScratch ? RowStride * PaddedRows : g.InputHeight * g.InputWidth;
            GridHeight = g.OutputHeight;
            GridWidth = g.OutputWidth;
            // Conv2dGeometry.Validate bounds the padded view, so this product fits; one output row never steps.
            RowStep = g.OutputHeight == 1 ? 0 : g.StrideHeight * RowStride;
        }

        Vectorized = vectorized && GridWidth >= Lanes;
        Kernels = available.Where(k => GridWidth >= k.Lanes).ToList();

        // Column positions of a row: vectors (the last one overlapping) or single columns.
        var lanes = Vectorized ? Lanes : 1;
        var positions = (GridWidth + lanes - 1) / lanes;
        var best = (Channels: 1, Vectors: 1, Rows: 1, Cost: double.MaxValue);
        var maxRows = RowBlocksPay(g, positions) ? Math.Min(4, GridHeight) : 1;
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
                var rowBlocks = (GridHeight + rb - 1) / rb;
                var cost = (double)(g.OutChannelsPerGroup / ob) * rowBlocks * perRowBlock;
                if (cost < best.Cost - 1e-9) best = (ob, cb, rb, cost);
            }
        }

        ChannelBlock = best.Channels;
        ColumnBlock = best.Vectors;
        RowBlock = best.Rows;
        _columnStep = ColumnBlock;
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

    /// <summary>
    /// Narrow outputs (fewer columns than a vector) are computed as one flat row over the whole plane: the view holds
    /// each channel as RowPhases x ColumnStride phase planes of PhaseRows x PhaseWidth, so that output (oy, ox) and its
    /// taps sit at flat position oy * PhaseWidth + ox plus a constant. Positions past OutputWidth in each row are
    /// computed and dropped; results go to a per-thread output scratch, whose rows are then copied out.
    /// </summary>
    public bool Flat { get; }

    /// <summary>Row phases of the flat view (the vertical stride, or 1).</summary>
    public int RowPhases { get; }

    /// <summary>Rows of one phase plane of the flat view.</summary>
    public int PhaseRows { get; }

    /// <summary>Values of one phase plane of the flat view; 0 when not flat.</summary>
    public int SubPlane { get; }

    /// <summary>The output grid the kernel walks: OutputHeight x OutputWidth, or 1 x the flat positions.</summary>
    public int GridHeight { get; }

    /// <inheritdoc cref="GridHeight"/>
    public int GridWidth { get; }

    /// <summary>Values of one output channel as the kernel writes it: the plane, or the flat row in the output scratch.</summary>
    public int OutputChannelStride => Flat ? GridWidth : G.OutputHeight * G.OutputWidth;

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
    private readonly int _columnStep;

    /// <summary>The kernels written for this layer, widest first; Forward runs the first one the processor accelerates.</summary>
    public System.Collections.Generic.IReadOnlyList<Simd> Kernels { get; }

    /// <summary>Where the full column blocks of <paramref name="simd"/> end; the rest is one overlapping tail block.</summary>
    public int MainColumnsEnd(Simd simd) => GridWidth / (_columnStep * simd.Lanes) * (_columnStep * simd.Lanes);
    public int ScratchLength => G.InChannelsPerGroup * PlaneStride;

    /// <summary>Values of the flat output scratch: one flat row per output channel of a block.</summary>
    public int FlatScratchLength => ChannelBlock * GridWidth;

    /// <summary>Offset in the view of tap (ky, kx) of input channel <paramref name="channel"/>, from the first tap of output (y, x) at channel 0.</summary>
    public int TapOffset(int channel, int ky, int kx) => channel * PlaneStride + RowTapOffset(ky) + ColumnTapOffset(kx);

    private int RowTapOffset(int ky)
    {
        var row = ky * G.DilationHeight;
        return Flat ? row % RowPhases * ColumnStride * SubPlane + row / RowPhases * RowStride : row * RowStride;
    }

    private int ColumnTapOffset(int kx)
    {
        var column = kx * G.DilationWidth;
        if (!UsesScratch) return column;
        return Flat ? column % ColumnStride * SubPlane + column / ColumnStride : column % ColumnStride * PhaseWidth + column / ColumnStride;
    }

    /// <summary>The view offset of kernel row <paramref name="ky"/> (a C# expression) from row 0.</summary>
    public string RowTapExpression(string ky)
    {
        var dilated = Names.Affine(ky, G.DilationHeight, 0);
        if (!Flat || RowPhases == 1) return Names.Affine(ky, G.DilationHeight * RowStride, 0);
        return $"({dilated}) % {RowPhases} * {ColumnStride * SubPlane} + ({dilated}) / {RowPhases} * {RowStride}";
    }

    /// <summary>Where padded row <paramref name="row"/>, column 0, starts in one channel of the view (a C# expression).</summary>
    public string ViewRowExpression(string row) =>
        Flat && RowPhases > 1 ? $"{row} % {RowPhases} * {ColumnStride * SubPlane} + {row} / {RowPhases} * {RowStride}" : Names.Affine(row, RowStride, 0);

    /// <summary>Where padded column <paramref name="column"/> lands from its row's start (a C# expression).</summary>
    public string ViewColumnExpression(string column) =>
        ColumnStride == 1 ? column : $"{column} % {ColumnStride} * {(Flat ? SubPlane : PhaseWidth)} + {column} / {ColumnStride}";

    /// <summary>Statements one tap takes in the main body: the weights or inputs held, the others loaded, one multiply-add per accumulator.</summary>
    public int StatementsPerTap => ChannelBlock + RowBlock * ColumnBlock + ChannelBlock * RowBlock * ColumnBlock;

    /// <summary>The window is looped over kernel rows rather than written out tap by tap.</summary>
    public bool LoopKernelRows(Simd simd) => WindowLength * StatementsPerTap > simd.StatementBudget;

    /// <summary>Kernel rows that would be too long written out loop over their columns too.</summary>
    public bool LoopKernelColumns(Simd simd) => LoopKernelRows(simd) && G.KernelWidth * StatementsPerTap > simd.StatementBudget;

    /// <summary>The view offset of kernel column <paramref name="kx"/> (a C# expression) from column 0 of its row.</summary>
    public string ColumnTapExpression(string kx)
    {
        var dilated = Names.Affine(kx, G.DilationWidth, 0);
        if (!UsesScratch || ColumnStride == 1) return dilated;
        return $"({dilated}) % {ColumnStride} * {(Flat ? SubPlane : PhaseWidth)} + ({dilated}) / {ColumnStride}";
    }

    /// <summary>Input channels written out per unrolled body: the whole group when small, else one channel per loop turn.</summary>
    public bool UnrollChannels(Simd simd) =>
        G.InChannelsPerGroup * WindowLength <= 36 && (simd == Simd.Vector256 || G.InChannelsPerGroup * WindowLength * StatementsPerTap <= simd.StatementBudget);
}
