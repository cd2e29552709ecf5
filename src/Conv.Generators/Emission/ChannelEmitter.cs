using Conv.Generators.Model;

namespace Conv.Generators.Emission;

/// <summary>
/// The Vector512 kernel of <see cref="KernelPlan.ChannelVectors"/> layers: each vector holds 16 output channels of one
/// position, two vectors (32 channels) by a piece of an output row per step, and each position multiplies only the taps
/// that fall inside the input, reading it as it is (no padded view). The weights are rearranged on each call into
/// [input channel][kernel row][kernel column][32 output channels], a chunk of input channels at a time, by 16x16
/// transposes; the running sums of each item live in the view (which this kernel does not otherwise use) in
/// [position][32] order until the last chunk, then take the bias and the activation on their way to the NCHW output,
/// 16x16 transposed. A Forward over several items shares each rearrangement between them (<see cref="ItemsKernel"/>).
/// </summary>
internal static class ChannelEmitter
{
    private const string V = "global::System.Runtime.Intrinsics.Vector512";
    private const string Float16 = V + "<float>";
    private const string Avx512F = Names.Avx512F;
    private const int Block = KernelPlan.ChannelBlock;

    /// <summary>The name of the kernel over several items.</summary>
    public const string ItemsKernel = "ForwardItemsVector512";

    /// <summary>
    /// When a Forward over <paramref name="batch"/> items runs <see cref="ItemsKernel"/> rather than ForwardItem: the
    /// single-threaded Forward and the parts of a parallel one decide alike, so that they compute alike, to the bit.
    /// </summary>
    public static string RunsItems(KernelPlan plan, string batch) =>
        (plan.ChannelVectors ? "" : batch + " > 1 && ") + Simd.Vector512.Condition;

    public static void WriteKernels(IndentedWriter w, KernelPlan plan, string? optimize)
    {
        var g = plan.G;
        var window = plan.WindowLength;
        var chunk = plan.ChannelVectorChunk;
        var positions = g.OutputHeight * g.OutputWidth;
        // A block of 32 output channels lies in one group (KernelPlan.ChannelVectorsFit) and reads that group's inputs.
        var inputs = g.InChannelsPerGroup;
        var unsafeAdd = Names.Unsafe + ".Add";

        w.Line("// The sum of the weights a call reads ahead (see below), stored so that those reads stay in the compiled code.");
        w.Line("[global::System.ThreadStatic]");
        w.Line("private static int t_readAhead;");
        w.Line();
        if (plan.ChannelVectors)
        {
            w.Line("// One item: see " + ItemsKernel + ".");
            if (optimize is not null) w.Line(optimize);
            using (w.Block(ForwardEmitter.KernelSignature(plan, Simd.Vector512)))
                w.Line($"{ItemsKernel}(ref x, {ForwardEmitter.ScratchArguments(plan)}ref weight, bias, ref y, oStart, oEnd, 1, null);");
            w.Line();
        }

        w.Line($"// 16 output channels per vector: {Block} channels x a piece of an output row per step, each position over the taps inside the input only.");
        w.Line($"// Items [0, items) of the batch at x and y share each rearrangement of the weights; their running sums, [item][position][{Block}], live in the view.");
        w.Line("// With the layer's kept copy of the rearranged weights (rearranged: see RearrangedWeight), nothing is rearranged.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block($"private static void {ItemsKernel}(ref float x, {ForwardEmitter.ScratchParameters(plan)}ref float weight, float[]? bias, ref float y, int oStart, int oEnd, int items, float[]? rearranged)"))
        {
            var perRow = chunk * window / 16 + 2;
            w.Line($"global::System.Span<float> packed = stackalloc float[{chunk * window * Block}];");
            w.Line($"ref float pk = ref {Names.MemoryMarshal}.GetReference(packed);");
            w.Line("int readAhead = 0;");
            using (w.Block($"for (int o = oStart; o < oEnd; o += {Block})"))
            {
                using (w.For("cStart", 0, inputs, chunk))
                {
                    w.Line($"int cEnd = cStart + {chunk} < {inputs} ? cStart + {chunk} : {inputs};");
                    w.Line("if (rearranged is null)");
                    w.Line($"    PackWeights(ref {unsafeAdd}(ref weight, o * {inputs * window} + {Names.Affine("cStart", window, 0)}), ref pk, {Names.Affine("(cEnd - cStart)", window, 0)});");
                    w.Line("else");
                    w.Line($"    pk = ref rearranged[o * {inputs * window} + {Names.Affine("cStart", window * Block, 0)}];");
                    w.Line("// The next chunk's weights (this block's next input channels, else the next block's first), read a few cache lines");
                    w.Line("// per input channel below so that they arrive while the multiply-adds run, not when the next chunk is rearranged.");
                    w.Line($"int nextO = cEnd < {inputs} ? o : o + {Block};");
                    w.Line($"int nextC = cEnd < {inputs} ? cEnd : 0;");
                    w.Line($"int nextCount = nextO < oEnd ? ((nextC + {chunk} < {inputs} ? nextC + {chunk} : {inputs}) - nextC) * {window} : 0;");
                    w.Line($"ref int next = ref {Names.Unsafe}.As<float, int>(ref {unsafeAdd}(ref weight, nextO < oEnd ? nextO * {inputs * window} + {Names.Affine("nextC", window, 0)} : 0));");
                    w.Line($"int ahead = rearranged is null && nextCount > 0 ? {Block * perRow} : 0;");
                    w.Line("int read = 0;");
                    using (w.Block("for (int n = 0; n < items; n++)"))
                    {
                        w.Line(g.Groups == 1
                            ? $"ref float xn = ref {unsafeAdd}(ref x, n * InputLength);"
                            : $"ref float xn = ref {unsafeAdd}(ref x, n * InputLength + o / {g.OutChannelsPerGroup} * {(long)inputs * g.InputHeight * g.InputWidth});");
                        w.Line($"ref float acc = ref {unsafeAdd}(ref view, n * {positions * Block});");
                        using (w.Block($"for (int oy = 0; oy < {g.OutputHeight}; oy++)"))
                        {
                            WriteKernelRows(w, g);
                            foreach (var (start, length) in plan.Segments) WriteSegment(w, plan, start, length, perRow, inputs * window);
                        }
                    }
                }

                using (w.Block("for (int n = 0; n < items; n++)"))
                    WriteOutput(w, plan, positions);
            }

            w.Line("// The view is also the other kernels' padded input, whose zero border they never write: left zero again, so that a");
            w.Line("// later call on this thread that takes another kernel (one item, where it does not pay for the rearranging) reads zeros there.");
            w.Line($"{Names.MemoryMarshal}.CreateSpan(ref view, items * {positions * Block}).Clear();");
            w.Line("t_readAhead = readAhead;");
        }

        w.Line();
        WritePack(w, inputs * window, optimize);
        WriteRearranged(w, inputs * window);
    }

    /// <summary>The field that holds the kept copy of a layer's rearranged weights (a <c>Conv.RearrangedWeights</c>).</summary>
    public const string KeptField = "_rearranged";

    /// <summary>The property through which a layer that keeps rearranged weights reads its own weight array (see ForwardEmitter.OwnWeight).</summary>
    public const string OwnWeightProperty = "OwnWeight";

    /// <summary>The method that returns the kept rearranged weights, rearranging them on the first call (null once handed out).</summary>
    public const string RearrangedMethod = "RearrangedWeight";

    // RearrangedWeight: the layer's whole weights in ItemsKernel's order, rearranged on the first call and kept (see
    // Conv.RearrangedWeights), so that later calls skip the rearranging: at 7x7 it costs what skipping the padding saves.
    private static void WriteRearranged(IndentedWriter w, int rowLength)
    {
        var unsafeAdd = Names.Unsafe + ".Add";
        w.Line($"// The weights in the order {ItemsKernel} reads them, [o / {Block}][c][ky][kx][{Block}]: rearranged on the first call and kept for the");
        w.Line("// later ones; null once the weight array has been handed out (Weight), when each call rearranges a chunk at a time.");
        using (w.Block($"private float[]? {RearrangedMethod}()"))
        {
            w.Line($"float[]? kept = {KeptField}.Values;");
            using (w.Block($"if (kept != null || {KeptField}.HandedOut)"))
                w.Line("return kept;");
            w.Line();
            w.Line("float[] values = new float[WeightLength];");
            w.Line($"ref float weight = ref {OwnWeightProperty}[0];");
            using (w.Block($"for (int o = 0; o < OutChannels; o += {Block})"))
                w.Line($"PackWeights(ref {unsafeAdd}(ref weight, o * {rowLength}), ref values[o * {rowLength}], {rowLength});");
            w.Line($"return {KeptField}.Keep(values);");
        }

        w.Line();
    }

    // The kernel rows whose input row lies inside the input for output row oy: [kyStart, kyEnd).
    private static void WriteKernelRows(IndentedWriter w, Conv2dGeometry g)
    {
        w.Line("// The kernel rows that read inside the input: the others read the zero padding.");
        if (g.PaddingHeight == 0) w.Line("int kyStart = 0;");
        else
        {
            w.Line($"int top = {g.PaddingHeight} - {Names.Affine("oy", g.StrideHeight, 0)};");
            w.Line(g.DilationHeight == 1 ? "int kyStart = top > 0 ? top : 0;" : $"int kyStart = top > 0 ? (top + {g.DilationHeight - 1}) / {g.DilationHeight} : 0;");
        }

        w.Line($"int bottom = {g.InputHeight - 1 + g.PaddingHeight} - {Names.Affine("oy", g.StrideHeight, 0)};");
        w.Line($"int kyEnd = bottom < 0 ? 0 : {(g.DilationHeight == 1 ? "bottom" : $"bottom / {g.DilationHeight}")} + 1 < {g.KernelHeight} ? {(g.DilationHeight == 1 ? "bottom" : $"bottom / {g.DilationHeight}")} + 1 : {g.KernelHeight};");
    }

    // Output columns [start, start + length) of row oy, for the output channels o..o+31 and input channels [cStart, cEnd).
    private static void WriteSegment(IndentedWriter w, KernelPlan plan, int start, int length, int perRow, int rowLength)
    {
        var g = plan.G;
        var unsafeAdd = Names.Unsafe + ".Add";
        w.Line($"// Columns {start} to {start + length - 1}.");
        using (w.Block(""))
        {
            w.Line($"int at = {Names.Affine("oy", g.OutputWidth * Block, start * Block)};");
            for (var p = 0; p < length; p++)
            for (var v = 0; v < 2; v++)
                w.Line($"{Float16} s{v}_{p} = cStart == 0 ? {Float16}.Zero : {V}.LoadUnsafe(ref acc, (nuint)(at + {p * Block + v * 16}));");
            using (w.Block("for (int c = cStart; c < cEnd; c++)"))
            {
                WriteReadAhead(w, perRow, rowLength);
                using (w.Block("for (int ky = kyStart; ky < kyEnd; ky++)"))
                {
                    var row = $"{Names.Affine("oy", g.StrideHeight, -g.PaddingHeight)} + {Names.Affine("ky", g.DilationHeight, 0)}";
                    w.Line($"ref float xr = ref {unsafeAdd}(ref xn, {Names.Affine("c", g.InputHeight * g.InputWidth, 0)} + ({row}) * {g.InputWidth});");
                    w.Line($"ref float wr = ref {unsafeAdd}(ref pk, {Names.Affine("(c - cStart)", plan.WindowLength * Block, 0)} + {Names.Affine("ky", g.KernelWidth * Block, 0)});");
                    for (var kx = 0; kx < g.KernelWidth; kx++) WriteKernelColumn(w, g, start, length, kx);
                }
            }

            for (var p = 0; p < length; p++)
            for (var v = 0; v < 2; v++)
                w.Line($"{V}.StoreUnsafe(s{v}_{p}, ref acc, (nuint)(at + {p * Block + v * 16}));");
        }
    }

    // Up to 4 cache lines of the next chunk's weights per input channel, row by row (perRow lines of each of the 32 rows,
    // the last ones clamped to the chunk): read here, they are in the L1 or L2 cache when PackWeights rearranges them.
    private static void WriteReadAhead(IndentedWriter w, int perRow, int rowLength)
    {
        using (w.Block("for (int k = 0; k < 4 && read < ahead; k++, read++)"))
        {
            w.Line($"int column = read % {perRow} * 16;");
            w.Line($"readAhead += {Names.Unsafe}.Add(ref next, read / {perRow} * {rowLength} + (column < nextCount ? column : nextCount - 1));");
        }
    }

    // Kernel column kx for the columns of the piece whose tap falls inside the input; none where every tap is in the padding.
    private static void WriteKernelColumn(IndentedWriter w, Conv2dGeometry g, int start, int length, int kx)
    {
        var inside = new System.Collections.Generic.List<(int P, int Column)>();
        for (var p = 0; p < length; p++)
        {
            var column = (start + p) * g.StrideWidth - g.PaddingWidth + kx * g.DilationWidth;
            if (column >= 0 && column < g.InputWidth) inside.Add((p, column));
        }

        if (inside.Count == 0) return;
        using (w.Block(""))
        {
            w.Line($"{Float16} w0 = {V}.LoadUnsafe(ref wr, {kx * Block});");
            w.Line($"{Float16} w1 = {V}.LoadUnsafe(ref wr, {kx * Block + 16});");
            foreach (var (p, column) in inside)
            {
                w.Line($"{Float16} x{p} = {V}.Create({Names.Unsafe}.Add(ref xr, {column}));");
                w.Line($"s0_{p} = {Avx512F}.FusedMultiplyAdd(w0, x{p}, s0_{p});");
                w.Line($"s1_{p} = {Avx512F}.FusedMultiplyAdd(w1, x{p}, s1_{p});");
            }
        }
    }

    // Item n's sums for the block, [position][32], plus the bias, through the activation, into output channels o..o+31 (NCHW).
    private static void WriteOutput(IndentedWriter w, KernelPlan plan, int positions)
    {
        var g = plan.G;
        var unsafeAdd = Names.Unsafe + ".Add";
        var whole = positions / 16 * 16;
        w.Line("// Plus the bias, through the activation, into the NCHW output: 16 positions x 16 channels at a time transposed, the");
        w.Line("// positions past the last 16 one value at a time.");
        w.Line($"ref float acc = ref {unsafeAdd}(ref view, n * {positions * Block});");
        w.Line($"ref float yn = ref {unsafeAdd}(ref y, n * OutputLength + o * {positions});");
        if (whole > 0)
        {
            using (w.Block($"for (int half = 0; half < {Block}; half += 16)"))
            using (w.For("p", 0, whole, 16))
            {
                w.Line($"ref float from = ref {unsafeAdd}(ref acc, p * {Block} + half);");
                WriteTranspose(w, r => $"{V}.LoadUnsafe(ref from, {r * Block})", (k, value) =>
                {
                    w.Line($"{Float16} v{k} = {value}{(g.HasBias ? $" + {V}.Create(bias![o + half + {k}])" : "")};");
                    w.Line($"{V}.StoreUnsafe({Simd.Vector512.Activate($"v{k}", plan.Activation)}, ref yn, (nuint)((half + {k}) * {positions} + p));");
                });
            }
        }

        if (whole == positions) return;
        using (w.Block($"for (int l = 0; l < {Block}; l++)"))
        {
            using (w.For("p", whole, positions))
            {
                w.Line($"float v = {unsafeAdd}(ref acc, p * {Block} + l){(g.HasBias ? " + bias![o + l]" : "")};");
                w.Line($"{unsafeAdd}(ref yn, l * {positions} + p) = {Simd.Scalar.Activate("v", plan.Activation)};");
            }
        }
    }

    // Transposes the 16 x 16 floats of the vectors load(0)..load(15) in registers: store(k, value) gets lane k of each.
    private static void WriteTranspose(IndentedWriter w, System.Func<int, string> load, System.Action<int, string> store)
    {
        for (var r = 0; r < 16; r++)
            w.Line($"{Float16} r{r} = {load(r)};");
        w.Line("// Pairs of rows interleaved, then pairs of pairs: each 128-bit lane holds 4 rows of one column.");
        for (var r = 0; r < 16; r += 2)
        {
            w.Line($"{Float16} a{r} = {Avx512F}.UnpackLow(r{r}, r{r + 1});");
            w.Line($"{Float16} a{r + 1} = {Avx512F}.UnpackHigh(r{r}, r{r + 1});");
        }

        for (var r = 0; r < 16; r += 4)
        {
            w.Line($"{Float16} b{r} = {V}.AsSingle({Avx512F}.UnpackLow({V}.AsDouble(a{r}), {V}.AsDouble(a{r + 2})));");
            w.Line($"{Float16} b{r + 1} = {V}.AsSingle({Avx512F}.UnpackHigh({V}.AsDouble(a{r}), {V}.AsDouble(a{r + 2})));");
            w.Line($"{Float16} b{r + 2} = {V}.AsSingle({Avx512F}.UnpackLow({V}.AsDouble(a{r + 1}), {V}.AsDouble(a{r + 3})));");
            w.Line($"{Float16} b{r + 3} = {V}.AsSingle({Avx512F}.UnpackHigh({V}.AsDouble(a{r + 1}), {V}.AsDouble(a{r + 3})));");
        }

        w.Line("// b(4g + j), lane L: rows 4g..4g+3 of column 4L + j. Column 4L + j gathers lane L of b(j), b(4 + j), b(8 + j), b(12 + j).");
        for (var j = 0; j < 4; j++)
        {
            w.Line($"{Float16} c{j}0 = {Avx512F}.Shuffle4x128(b{j}, b{4 + j}, 0x44);");
            w.Line($"{Float16} c{j}1 = {Avx512F}.Shuffle4x128(b{j}, b{4 + j}, 0xEE);");
            w.Line($"{Float16} c{j}2 = {Avx512F}.Shuffle4x128(b{8 + j}, b{12 + j}, 0x44);");
            w.Line($"{Float16} c{j}3 = {Avx512F}.Shuffle4x128(b{8 + j}, b{12 + j}, 0xEE);");
            store(j, $"{Avx512F}.Shuffle4x128(c{j}0, c{j}2, 0x88)");
            store(4 + j, $"{Avx512F}.Shuffle4x128(c{j}0, c{j}2, 0xDD)");
            store(8 + j, $"{Avx512F}.Shuffle4x128(c{j}1, c{j}3, 0x88)");
            store(12 + j, $"{Avx512F}.Shuffle4x128(c{j}1, c{j}3, 0xDD)");
        }
    }

    // PackWeights: rows 0..31 of the OIHW weights from source, count values each, into packed[t][32]. Whole columns of 16
    // by 16x16 transposes in registers (rows 0..15, then 16..31, each read in order), the rest one value at a time.
    private static void WritePack(IndentedWriter w, int rowLength, string? optimize)
    {
        var unsafeAdd = Names.Unsafe + ".Add";
        w.Line($"// Rows 0..{Block - 1} of source ({rowLength} values apart), count values each, into packed[t][{Block}]: 16x16 transposes, then single values.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block("private static void PackWeights(ref float source, ref float packed, int count)"))
        {
            w.Line("int whole = count / 16 * 16;");
            using (w.Block($"for (int half = 0; half < {Block}; half += 16)"))
            using (w.Block("for (int t = 0; t < whole; t += 16)"))
            {
                w.Line($"ref float from = ref {unsafeAdd}(ref source, half * {rowLength} + t);");
                w.Line($"ref float to = ref {unsafeAdd}(ref packed, t * {Block} + half);");
                WriteTranspose(w, r => $"{V}.LoadUnsafe(ref from, {(long)r * rowLength})", (k, value) => w.Line($"{V}.StoreUnsafe({value}, ref to, {k * Block});"));
            }

            using (w.Block("for (int t = whole; t < count; t++)"))
            using (w.Block($"for (int r = 0; r < {Block}; r++)"))
                w.Line($"{unsafeAdd}(ref packed, t * {Block} + r) = {unsafeAdd}(ref source, r * {rowLength} + t);");
        }

        w.Line();
    }
}
