using System;
using System.Collections.Generic;

namespace Conv.Generators.Emission;

/// <summary>
/// The register block of a kernel: <paramref name="Channels"/> output channels x <paramref name="Rows"/> output rows
/// (the last step starts at OutputHeight - Rows, overlapping the one before) x <paramref name="Vectors"/> vectors (or
/// single columns) of each row, accumulated in registers over the whole window and every input channel, then stored once.
/// </summary>
internal sealed record Tile(int Channels, int Vectors, int Rows)
{
    /// <summary>Statements one tap takes in the main body: the weights or inputs held, the others loaded, one multiply-add per accumulator.</summary>
    public int StatementsPerTap => Channels + Rows * Vectors + Channels * Rows * Vectors;

    /// <summary>
    /// The cheapest block by the cost model below for <paramref name="simd"/>'s kernel (its vector registers; the AVX2
    /// kernel's input vectors count as two loads, see CyclesPerTap), over rows of <paramref name="positions"/> column
    /// positions (the last one overlapping). <paramref name="narrowVectors"/> is 1 where each row also takes one narrower
    /// vector alongside the block (its last few columns, see <c>KernelPlan.NarrowTail</c>), which needs its own accumulators.
    /// </summary>
    public static Tile Choose(Conv2dGeometry g, int positions, int gridHeight, int maxRows, Simd simd, int narrowVectors = 0)
    {
        var registers = simd.Registers;
        var wide = simd.Lanes == 16;
        // A 1x1 window's input vectors are each read once per block of output channels, from the L2 cache (the inputs of
        // a block's run do not fit the L1): its 16-lane kernel counts each as two loads, so that blocks of more channels,
        // which read the input fewer times, win. Interleaved Stopwatch runs on Zen 5 (whole 512-bit FMA units), one thread:
        // ResNet-50's 1x1 layers at 28x28 and 14x14 (4 x 5 or 4 x 4 -> 8 x 3 or 8 x 2) and MobileNetV2's projections at
        // 28x28 and 14x14 18-20% less time, ResNet-18's stride-2 downsampling into 14x14 11% (into 28x28 1.5%), MobileNetV2's
        // 32->16 at 112x112 8%, its 32->192 at 28x28 5%. Not for wider windows, whose taps read the same input lines again:
        // the same count there took VGG-16's 3x3 layers at 112x112 from 4 x 4 to 8 x 3, 12% slower.
        var splitLoads = simd == Simd.Vector256 || wide && g.KernelHeight * g.KernelWidth == 1;
        // (Not the System.Numerics kernel on 16 lanes: ResNet-18's layer2.0.conv1 measured 2-7% slower with this model.)
        bool Streams(int cb, int rb) => simd == Simd.Vector512 && StreamsInput(g, simd, cb, rb);
        double Cycles(int ob, int cb, int rb) =>
            Streams(cb, rb) ? StreamedCyclesPerTap(g, ob, cb, rb) : CyclesPerTap(ob, cb, rb, registers, splitLoads);

        // Sixteen registers (AVX2) hold 12 accumulators besides the weights or inputs in flight; thirty-two (AVX-512,
        // also for 256-bit code) hold 28 (4 channels x 7 vectors, measured best on 56 columns).
        var maxAccumulators = registers >= 32 ? 28 : 12;
        var productRegister = HoldsProducts(g, simd) ? 1 : 0;
        var best = (Channels: 1, Vectors: 1, Rows: 1, Cost: double.MaxValue);
        for (var ob = 1; ob <= 8; ob++)
        {
            if (g.OutChannelsPerGroup % ob != 0) continue;
            for (var cb = 1; cb <= Math.Min(positions, 8); cb++)
            for (var rb = 1; rb <= maxRows; rb++)
            {
                var accumulators = ob * (cb + narrowVectors) * rb;
                // Live registers: the accumulators, the weights or the inputs of a tap (whichever the body holds fewer of), one more.
                if (accumulators > maxAccumulators || accumulators + Math.Min(ob, cb * rb) + 1 + productRegister > registers) continue;
                // With 32 registers, more rows pay only once a row's vectors are all in the block: each row brings in
                // its own input rows (measured at 28 columns: 8 channels x 3 rows of one vector 15% slower than 4 x 4).
                if (registers >= 32 && rb > 1 && cb < Math.Min(positions, 8)) continue;
                if (wide && cb * rb > (Streams(cb, rb) ? MaxStreamedVectors : MaxWideVectors)) continue;
                var cost = (double)(g.OutChannelsPerGroup / ob)
                           * RowsCost(positions, cb, gridHeight, rb, vectors => Cycles(ob, vectors, rb));
                if (cost < best.Cost - 1e-9 || wide && cost < best.Cost + 1e-9 && ob > best.Channels) best = (ob, cb, rb, cost);
            }
        }

        return new Tile(best.Channels, best.Vectors, best.Rows);
    }

    // The 16-lane kernels' input vectors: at most five per block, and of blocks that cost the same, the one with more
    // channels (fewer input vectors per multiply-add). A 64-byte load from an offset that is not a multiple of 16 floats
    // touches two cache lines, and blocks of six such loads per tap ran slower than the model counts. Interleaved
    // Stopwatch runs of the generated kernels, one thread: SSD's 1024->1024 1x1 at 19x19 (4 channels x 6 vectors ->
    // 8 x 3) 7% faster, MobileNetV2's project384-96@14 and expand96-576@14 (3 x 6 -> 6 x 3) 4-11%, its expand16-96@112
    // (3 x 7 -> 6 x 4) 3-4%; of the ties, the RepVGG sample's 96-channel 3x3 at 56x56 (3 x 2 rows x 3 -> 6 x 3) 2%
    // faster, SqueezeNet's expand3x3 1-2%, the others within 1%.
    private const int MaxWideVectors = 5;

    /// <summary>
    /// Whether a 16-lane block of <paramref name="vectors"/> x <paramref name="rows"/> streams its input: a strided window
    /// whose taps read each input line about once (no more than two columns per stride: Whisper's and wav2vec 2.0's 1x3
    /// at stride 2, pix2pix's 4x4 at stride 2, 3x3 at stride 2), over more input channels than the L1 cache holds for the
    /// block's columns. Each input vector then comes from the L2 cache once per block of output channels, as in a 1x1
    /// layer, and so do the weights where a block's do not fit the L1 beside them.
    /// </summary>
    private static bool StreamsInput(Conv2dGeometry g, Simd simd, int vectors, int rows)
    {
        if (g.KernelHeight * g.KernelWidth == 1 || g.KernelWidth > 2 * g.StrideWidth) return false;
        var rowsRead = (rows - 1) * g.StrideHeight + (g.KernelHeight - 1) * g.DilationHeight + 1;
        var columns = vectors * simd.Lanes * g.StrideWidth + (g.KernelWidth - 1) * g.DilationWidth;
        return (long)g.InChannelsPerGroup * rowsRead * columns * sizeof(float) > L1Bytes;
    }

    // The L1 data cache of the smaller cores (Zen 4's and most Intel cores'; Zen 5 has 48 KB).
    private const int L1Bytes = 32 * 1024;

    // A streaming block's cycles per tap: its input vectors count as two loads (1x1 layers' splitLoads), its weight
    // broadcasts as two where the block's weights pass the L1 cache; and it takes at most four 16-lane vectors
    // (MaxStreamedVectors). Interleaved Stopwatch runs on Zen 5, one thread: Whisper-tiny's 384->384 1x3 at stride 2 over
    // 3000 frames 4 channels x 5 vectors 7.85 ms, 4 x 4 6.68 ms, 6 x 4 6.79 ms (this model's choice), 8 x 3 7.09-8.58 ms;
    // wav2vec 2.0's 512->512 over 3199 frames 4 x 4 12.5-12.9 ms (this model's choice: 8 channels' weights pass the L1),
    // 4 x 5 15.1 ms, 8 x 3 13.3-16.3 ms, 8 x 2 14.6 ms; pix2pix's 64->128 4x4 at stride 2 over 128x128 4 x 4 -> 8 x 2 5%
    // less time, HRNet's 18->36 3x3 at stride 2 over 56x56 4 x 5 -> 6 x 3 2.5% less. Five 16-lane vectors per block
    // measured 17% slower than four on both 1-D layers, which no count of loads here explains.
    private static double StreamedCyclesPerTap(Conv2dGeometry g, int channels, int vectors, int rows)
    {
        var weightLoads = (long)channels * g.InChannelsPerGroup * g.KernelHeight * g.KernelWidth * sizeof(float) > L1Bytes ? 2.0 : 1.0;
        return Math.Max(Math.Max(channels * vectors * rows / 2.0, weightLoads * channels + 2.0 * vectors * rows), 6.0);
    }

    private const int MaxStreamedVectors = 4;

    /// <summary>
    /// Whether the block leaves a register for each product: the 4-lane kernels (Vector128, and System.Numerics on 128-bit
    /// runtimes) of a 1x1 layer. Those kernels multiply, then add (on x64), and each product takes a register until it is
    /// added. Left without one, the JIT keeps an accumulator on the stack, and in a 1x1 layer's loop (one tap per input
    /// channel) that accumulator's every add waits for the store before it (SSE, as NativeAOT's default: ResNet-18's 1x1
    /// downsample at 28x28 6-24% faster with 2 channels x 6 vectors than 4 x 3). Wider windows write a channel's taps out
    /// in one turn, where the same block measured faster or slower by layer. Such a block is sized over the row's 4-lane
    /// vectors (KernelPlan).
    /// </summary>
    public static bool HoldsProducts(Conv2dGeometry g, Simd simd) => simd.IsVector && simd.Lanes == 4 && g.KernelHeight * g.KernelWidth == 1;

    // A block's cycles per kernel tap. Sixteen registers: two FMA and two vector-load ports; each accumulator is one
    // dependency chain, and measured on Zen 4 it takes about twelve chains, not the eight of the FMA latency, to
    // keep both FMA units busy (loads and loop overhead share the slots), hence at least six cycles. Thirty-two
    // registers allow blocks large enough that the loads limit them: measured on ResNet-18's and VGG-16's 3x3
    // layers, the time follows the loads (weight broadcasts and input vectors, many of them split across cache
    // lines) at about one per cycle, so 4 channels x 4 vectors (8 loads per 16 multiply-adds) beat 8 x 2 (10 per 16)
    // by 15% at 28 columns, and 4 x 7 (11 per 28) is best at 56.
    // The AVX2 kernel (splitLoads) counts an input vector as two loads, as on cores that split a 256-bit load in two
    // 128-bit ones (Zen 1), where 4 channels x 3 vectors (4 broadcasts, 3 vector loads per 12 multiply-adds) beat 2
    // channels x 3 rows x 2 vectors (2 + 6) by 8% on rows of 112; on cores with whole 256-bit loads both are bound by
    // the multiply-adds alike. Not the Vector128 and Vector<float> kernels, which multiply and add separately: counted
    // that way, the Vector128 blocks measured 15-25% slower on Zen 4 with AVX2 off (quick runs on ResNet-18's layer4 and
    // layer4.0.conv1, VGG-16's 128->128 at 112x112, MobileNetV2's features.18).
    private static double CyclesPerTap(int channels, int vectors, int rows, int registers, bool splitLoads)
    {
        var fmas = channels * vectors * rows;
        var loads = channels + (splitLoads ? 2.0 : 1.0) * vectors * rows;
        return registers >= 32 ? Math.Max(Math.Max(fmas / 2.0, loads), 6.0) : Math.Max(Math.Max(fmas / 2.0, loads / 2.0), 6.0);
    }

    /// <summary>
    /// The block of a depthwise kernel that reads each input vector once for every output row of the block it feeds
    /// (see <see cref="KernelPlan.ReusesRows"/>): its whole window's weights stay in registers beside the accumulators,
    /// so the block is sized for the registers <paramref name="simd"/>'s kernel has left. Null when no block fits or its
    /// body would exceed <paramref name="statementBudget"/> (a body that loops over kernel columns, see
    /// <see cref="ColumnLoopBudget"/>; <paramref name="hasWideKernel"/>: the layer also has a 16-lane kernel).
    /// </summary>
    public static Tile? ChooseRowReuse(Conv2dGeometry g, int positions, int gridHeight, Simd simd, int statementBudget, bool hasWideKernel = false)
    {
        var registers = simd.Registers;
        var window = g.KernelHeight * g.KernelWidth;
        // Windows over 9 taps (5x5, 7x7) loop over their kernel columns, holding one column's weights at a time.
        var loopColumns = LoopsKernelColumns(g);
        if (loopColumns && g.KernelHeight > MaxHeldColumn) return null;
        var held = loopColumns ? g.KernelHeight : window;
        var maxAccumulators = Math.Min(registers >= 32 ? 28 : 12, registers - held - 1);
        var strideHeight = gridHeight == 1 ? 1 : g.StrideHeight;
        var best = (Vectors: 0, Rows: 0, Cost: double.MaxValue);
        for (var cb = 1; cb <= Math.Min(positions, 8); cb++)
        for (var rb = 1; rb <= Math.Min(gridHeight, 8); rb++)
        {
            if (cb * rb > maxAccumulators) continue;
            var rowsRead = InputRows(g, rb, strideHeight).Count;
            // The main body and the tail are written out whole: loads and multiply-adds of both (of one kernel column
            // and its weights when the body loops over them).
            var statements = loopColumns ? ColumnBodyStatements(g, rowsRead, cb, rb) : rowsRead * g.KernelWidth * cb + rb * cb * window;
            if (2 * statements > (loopColumns ? ColumnLoopBudget(simd, statementBudget, hasWideKernel) : statementBudget)) continue;
            // Two FMA and two load ports; every accumulator a chain of window multiply-adds of 4 cycles' latency; then the
            // stores. Fewer loads break ties.
            double Cycles(int vectors)
            {
                var loads = g.KernelWidth * (rowsRead * vectors + (loopColumns ? g.KernelHeight : 0));
                return Math.Max(Math.Max(rb * vectors * window / 2.0, loads / 2.0), window * 4.0) + rb * vectors / 2.0 + loads / 1000.0;
            }

            var cost = RowsCost(positions, cb, gridHeight, rb, Cycles);
            if (cost < best.Cost - 1e-9) best = (cb, rb, cost);
        }

        return best.Rows == 0 ? null : new Tile(1, best.Vectors, best.Rows);
    }

    /// <summary>
    /// A row-reusing depthwise kernel over a window of more than 9 taps loops over the kernel columns, holding one column's
    /// weights (up to <see cref="MaxHeldColumn"/>) beside the accumulators: each output then sums its taps column by column.
    /// </summary>
    public static bool LoopsKernelColumns(Conv2dGeometry g) => g.KernelHeight * g.KernelWidth > 9;

    public const int MaxHeldColumn = 11;

    /// <summary>
    /// The statements of a row-reusing body that loops over kernel columns. A loop keeps a file small only with a small
    /// body: a quarter of <paramref name="statementBudget"/> (larger blocks put the image-filter sample's files over
    /// 60 KB). Half of it for the kernel AVX-512 runs (the 16-lane one, else the 8-lane kernel on 32 registers): two of
    /// its multiply-adds issue a cycle, and the 8 accumulators of a quarter's block (a 7x7 window: 8 rows x 1 vector) only
    /// just cover their 4 cycles of latency. BenchmarkDotNet, ConvNeXt-T's 7x7 at 56x56 in 8-lane vectors on Zen 4,
    /// builds alternated, seven rounds: 8 x 1 305-374 us, 8 x 2 291-327 us. Stopwatch prototypes, interleaved, 16-lane
    /// vectors on Zen 5: that layer 8 x 1 204 us, 8 x 2 182 us; EfficientNet-B0's 5x5 layers and MobileNetV3's, 4 x 2 ->
    /// 7 x 2, 4-6% less time (on Zen 4 7 x 2 had measured as fast as 4 x 2).
    /// </summary>
    public static int ColumnLoopBudget(Simd simd, int statementBudget, bool hasWideKernel) =>
        simd.Registers >= 32 && (simd.Lanes == 16 || !hasWideKernel) ? statementBudget / 2 : statementBudget / 4;

    /// <summary>
    /// Statements of one kernel column's body in a row-reusing block of <paramref name="rows"/> x <paramref name="vectors"/>
    /// that reads <paramref name="rowsRead"/> input rows: a load per input row and vector, a multiply-add per output row,
    /// vector and kernel row, a broadcast per kernel row.
    /// </summary>
    public static int ColumnBodyStatements(Conv2dGeometry g, int rowsRead, int vectors, int rows) =>
        rowsRead * vectors + rows * vectors * g.KernelHeight + g.KernelHeight;

    // The cost of a whole grid in blocks of `vectors` x `rows`: each row block's full column blocks and its tail (the
    // last row block overlapping the one before), at `cycles` for a block of that many vectors.
    private static double RowsCost(int positions, int vectors, int gridHeight, int rows, Func<int, double> cycles)
    {
        var fullBlocks = positions / vectors;
        var tail = positions - fullBlocks * vectors;
        return (double)((gridHeight + rows - 1) / rows) * (fullBlocks * cycles(vectors) + (tail > 0 ? cycles(tail) : 0));
    }

    /// <summary>
    /// The input rows that <paramref name="rows"/> output rows read, in order (offset r * stride + ky * dilation from the
    /// first output row's first), each with the (output row, kernel row) pairs it feeds, output rows ascending.
    /// </summary>
    public static SortedDictionary<long, List<(int Row, int Ky)>> InputRows(Conv2dGeometry g, int rows, int strideHeight)
    {
        var inputRows = new SortedDictionary<long, List<(int Row, int Ky)>>();
        for (var r = 0; r < rows; r++)
        for (var ky = 0; ky < g.KernelHeight; ky++)
        {
            var d = (long)r * strideHeight + (long)ky * g.DilationHeight;
            if (!inputRows.TryGetValue(d, out var pairs)) inputRows.Add(d, pairs = new List<(int Row, int Ky)>());
            pairs.Add((r, ky));
        }

        return inputRows;
    }
}
