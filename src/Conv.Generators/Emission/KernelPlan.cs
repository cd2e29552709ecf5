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
        UsesScratch = g.PaddingHeight > 0 || g.PaddingWidth > 0 || g.StrideWidth > 1;
        PaddedRows = g.InputHeight + 2 * g.PaddingHeight;
        var paddedColumns = g.InputWidth + 2 * g.PaddingWidth;
        PaddedColumns = paddedColumns;
        PhaseWidth = UsesScratch ? (paddedColumns + g.StrideWidth - 1) / g.StrideWidth : g.InputWidth;
        RowStride = UsesScratch ? PhaseWidth * g.StrideWidth : g.InputWidth;
        PlaneStride = UsesScratch ? RowStride * PaddedRows : g.InputHeight * g.InputWidth;
        WindowLength = g.KernelHeight * g.KernelWidth;
        Vectorized = vectorized && g.OutputWidth >= Lanes;

        var vectors = g.OutputWidth / Lanes;
        var best = (Channels: 1, Vectors: 1, Rows: 1, Score: 0);
        for (var ob = 1; ob <= 8; ob++)
        {
            if (g.OutChannelsPerGroup % ob != 0) continue;
            var maxCb = Vectorized ? Math.Min(vectors, 6) : 4;
            for (var cb = 1; cb <= maxCb; cb++)
            for (var rb = 1; rb <= Math.Min(4, g.OutputHeight); rb++)
            {
                var accumulators = ob * cb * rb;
                // Live registers: the accumulators, one input vector or one weight per FMA group (whichever
                // the body holds fewer of), and one more.
                if (accumulators > MaxAccumulators || accumulators + Math.Min(ob, cb * rb) + 1 > 16) continue;
                // More accumulators hide FMA latency; then more output channels (an input load feeds more FMAs);
                // then fewer rows (a row block that overlaps the last one recomputes less).
                var score = accumulators * 256 + ob * 16 - rb;
                if (score > best.Score) best = (ob, cb, rb, score);
            }
        }

        ChannelBlock = best.Channels;
        ColumnBlock = best.Vectors;
        RowBlock = best.Rows;
        var step = ColumnBlock * (Vectorized ? Lanes : 1);
        MainColumnsEnd = g.OutputWidth / step * step;
    }

    public Conv2dGeometry G { get; }
    public bool UsesScratch { get; }
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
        var phase = UsesScratch ? column % G.StrideWidth : 0;
        var within = UsesScratch ? column / G.StrideWidth : column;
        return channel * PlaneStride + ky * G.DilationHeight * RowStride + phase * PhaseWidth + within;
    }

    /// <summary>Input channels written out per unrolled body: the whole group when small, else one channel per loop turn.</summary>
    public bool UnrollChannels => G.InChannelsPerGroup * WindowLength <= 36;
}
