namespace Conv.Generators.Emission;

/// <summary>
/// The view's copies for netstandard2.0 consumers, in System.Numerics.Vector&lt;float&gt; (8 or 4 lanes, whichever the
/// loading runtime has; a constant to its JIT): row copies, and at stride 2 the even columns of a row by narrowing each
/// pair of floats read as one 64-bit lane to its lower half (the even one on the little-endian processors .NET
/// accelerates vectors on). Without them a netstandard2.0 library copied its views one value at a time, which took half a
/// depthwise stride-2 layer's time with 4-lane kernels.
/// </summary>
internal static class NumericsCopyEmitter
{
    private const string Vector = "global::System.Numerics.Vector";
    private const string FloatN = Vector + "<float>";
    private const string Count = FloatN + ".Count";
    private const string Accelerated = Vector + ".IsHardwareAccelerated";
    private const string LittleEndian = "global::System.BitConverter.IsLittleEndian";

    private static string Load(string at, string index) => Simd.Numerics.Load(at, index);

    private static string Store(string value, string at, string index) => Simd.Numerics.Store(value, $"{Names.Unsafe}.Add(ref {at}, {index})");

    /// <summary>
    /// Copies <paramref name="count"/> values (a constant) from source[sourceStart] to target[targetStart]: whole vectors,
    /// the last one ending at the run's end (overlapping the one before, equal values written twice); where the run is
    /// shorter than a vector or vectors are not accelerated, one block copy, which the JIT writes out in the widest moves
    /// it has. One value at a time, 16-lane vectors' rows of 14 columns took as long as a depthwise layer's multiply-adds.
    /// </summary>
    public static void WriteCopy(IndentedWriter w, string source, int sourceStart, string target, int targetStart, int count)
    {
        using (w.Block($"if ({Accelerated} && {count} >= {Count})"))
        {
            using (w.Block($"for (int i = 0; i < {count} - {Count}; i += {Count})"))
                w.Line(Store(Load(source, Names.Affine("i", 1, sourceStart)), target, Names.Affine("i", 1, targetStart)));
            w.Line(Store(Load(source, $"{sourceStart + count} - {Count}"), target, $"{targetStart + count} - {Count}"));
        }

        using (w.Block("else"))
            w.Line(CopyBlock(Element(target, targetStart), Element(source, sourceStart), count) + ";");
    }

    private static string Element(string at, int index) => index == 0 ? $"ref {at}" : $"ref {Names.Unsafe}.Add(ref {at}, {index})";

    /// <summary>A copy of <paramref name="count"/> floats from one ref (<c>ref a</c>, ...) to another, as a C# expression.</summary>
    public static string CopyBlock(string target, string source, int count) =>
        $"{Names.Unsafe}.CopyBlockUnaligned(ref {Names.Unsafe}.As<float, byte>({target}), ref {Names.Unsafe}.As<float, byte>({source}), {4 * count})";

    // The even columns of the 2 x Count values of the row `from` from index on, as one vector named name.
    private static void WriteEvens(IndentedWriter w, string name, string index)
    {
        w.Line($"ref byte {name}At = ref {Names.Unsafe}.As<float, byte>(ref {Names.Unsafe}.Add(ref from, {index}));");
        w.Line($"var {name}Low = {Vector}.AsVectorUInt64({Names.Unsafe}.ReadUnaligned<{FloatN}>(ref {name}At));");
        w.Line($"var {name}High = {Vector}.AsVectorUInt64({Names.Unsafe}.ReadUnaligned<{FloatN}>(ref {Names.Unsafe}.Add(ref {name}At, 4 * {Count})));");
        w.Line($"var {name} = {Vector}.AsVectorSingle({Vector}.Narrow({name}Low, {name}High));");
    }

    /// <summary>
    /// Stride 2 (<c>Pad</c>'s rows split by column parity): 2 x Count input columns at a time, their even ones and (read
    /// one column later) their odd ones each stored whole into its phase, the last block ending at most one column short
    /// of the row's end (so that the odd columns' loads stay in it), then the row's last two columns (one of them perhaps
    /// written again, the same value). Rows too short for a block, or without vectors, one value at a time.
    /// </summary>
    public static void WriteDeinterleave(IndentedWriter w, Conv2dGeometry g, int phaseStride, bool shortRows)
    {
        // Where column src + parity lands (src even and not negative, so a shift halves it).
        string Target(int parity)
        {
            var offset = g.PaddingWidth + parity;
            var half = $"{(offset == 0 ? "src" : $"(src + {offset})")} >> 1";
            return offset % 2 == 0 ? half : $"({half}) + {phaseStride}";
        }

        using (w.Block($"if ({Accelerated} && {LittleEndian} && {g.InputWidth} > 2 * {Count})"))
        {
            w.Line("// The last block starts at an even column, its odd loads ending on the row's last value at most.");
            w.Line($"int last = ({g.InputWidth - 1} - 2 * {Count}) & ~1;");
            using (w.Block($"for (int src = 0; ; src += 2 * {Count})"))
            {
                w.Line("if (src > last) src = last;");
                WriteEvens(w, "even", "src");
                WriteEvens(w, "odd", "src + 1");
                w.Line(Store("even", "to", Target(0)));
                w.Line(Store("odd", "to", Target(1)));
                w.Line("if (src == last) break;");
            }

            foreach (var src in new[] { g.InputWidth - 2, g.InputWidth - 1 })
                w.Line($"{Names.Unsafe}.Add(ref to, {PadEmitter.HalfColumn(src + g.PaddingWidth, phaseStride)}) = {Names.Unsafe}.Add(ref from, {src});");
        }

        // shortRows: Pad took the stack buffer (SplitsShortRows), the one place that decides it.
        if (shortRows)
        {
            // Rows of up to 2 x Count columns (28 or 14 with 16 lanes) whose block of 2 x Count values (and one more for the
            // odd loads) ends within the channel: the loads go on into the next rows, the halves through the stack buffer
            // (SplitsShortRows), each phase's own columns copied from there.
            using (w.Block($"else if ({Accelerated} && {LittleEndian} && row * {g.InputWidth} < {g.InputHeight * g.InputWidth} - 2 * {Count})"))
            {
                w.Line("// One block of 2 x Count values, read on into the next rows; each half's first columns copied into their phase.");
                WriteEvens(w, "even", "0");
                WriteEvens(w, "odd", "1");
                w.Line(Store("even", "half", "0"));
                w.Line(Store("odd", "half", Count));
                w.Line(CopyBlock(Element("to", PadEmitter.HalfColumn(g.PaddingWidth, phaseStride)), "ref half", (g.InputWidth + 1) / 2) + ";");
                if (g.InputWidth > 1)
                    w.Line(CopyBlock(Element("to", PadEmitter.HalfColumn(g.PaddingWidth + 1, phaseStride)), $"ref {Names.Unsafe}.Add(ref half, {Count})", g.InputWidth / 2) + ";");
            }
        }

        // A channel's last rows, no vectors: each phase by a loop of its own, without the divisions of a loop over columns.
        using (w.Block("else"))
            PadEmitter.WritePhaseCopies(w, g, 2, phaseStride);
    }

    /// <summary>
    /// Whether Pad takes a stack buffer of 2 x Count floats for WriteDeinterleave's short rows (<c>half</c>): a netstandard2.0
    /// view split by column parity, of an input of more than one row.
    /// </summary>
    public static bool SplitsShortRows(KernelPlan plan) => !plan.Shifted && plan.ColumnStride == 2 && plan.G.InputHeight >= 2;

    /// <summary>The stack buffer of <see cref="SplitsShortRows"/>, taken once per call of Pad.</summary>
    public static void WriteHalvesBuffer(IndentedWriter w)
    {
        w.Line($"global::System.Span<float> halves = stackalloc float[2 * {Count}];");
        w.Line($"ref float half = ref {Names.MemoryMarshal}.GetReference(halves);");
    }

    /// <summary>
    /// Stride 2 (a view per kernel column): output columns ox from <c>ox</c> (a local set to the run's first) while their
    /// vector's loads stay in the row and its columns in the run (up to <paramref name="hi"/>), Count at a time: the
    /// even columns of the 2 x Count values from input column 2 * ox + shift. The caller copies the rest one by one.
    /// </summary>
    public static void WriteEvenRun(IndentedWriter w, Conv2dGeometry g, int hi, int shift, int target)
    {
        using (w.Block($"if ({Accelerated} && {LittleEndian})"))
        {
            // 2 * ox + shift + 2 * Count - 1 <= InputWidth - 1; ox + Count - 1 <= hi (the shift keeps it a floor).
            w.Line($"int lastVector = ({g.InputWidth - shift} - 2 * {Count}) >> 1;");
            w.Line($"if (lastVector > {hi + 1} - {Count}) lastVector = {hi + 1} - {Count};");
            using (w.Block($"for (; ox <= lastVector; ox += {Count})"))
            {
                WriteEvens(w, "even", Names.Affine("ox", 2, shift));
                w.Line(Store("even", "to", Names.Affine("ox", 1, target)));
            }
        }
    }
}
