using System;
using Conv.Generators.Model;

namespace Conv.Generators.Emission;

/// <summary>
/// Writes <c>Forward</c> specialised for one geometry: constant loop bounds, the kernel window and the input
/// channels of a group unrolled into multiply-adds with constant offsets (in channel blocks beyond a budget),
/// an interior that needs no padding logic, a border that does, and Vector256 over output columns where
/// the target has it and the stride is 1.
/// </summary>
internal static class ForwardEmitter
{
    // Multiply-adds written out per unrolled body; beyond it the channels loop in blocks of this many taps.
    private const int UnrollBudget = 72;

    public static void Write(IndentedWriter w, string name, Conv2dGeometry g, TargetCapabilities capabilities)
    {
        WritePublicOverloads(w, name);
        var plan = new ForwardPlan(g, UnrollBudget);
        WriteItem(w, g, plan, capabilities.HasVector256 && g.StrideWidth == 1 && plan.ColumnHigh - plan.ColumnLow >= 8, capabilities.HasAggressiveOptimization);
        WriteBorderPixel(w, g);
    }

    private static void WritePublicOverloads(IndentedWriter w, string name)
    {
        w.Line("/// <summary>Runs the layer on a batch: <paramref name=\"input\"/> holds batch x <see cref=\"InputLength\"/> NCHW values, <paramref name=\"output\"/> receives batch x <see cref=\"OutputLength\"/>.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">A span has the wrong length; nothing is written then.</exception>");
        using (w.Block($"public void Forward({Names.Nchw} {Names.ReadOnlySpan} input, {Names.Nchw} {Names.Span} output)"))
        {
            w.Line($"int batch = {Names.Lengths}.RequireBatch(\"{name}.Forward\", InputLength, OutputLength, input.Length, output.Length);");
            w.Line("ref float weight = ref Weight[0];");
            w.Line("float[]? bias = Bias;");
            w.Line("ref float x = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(input);");
            w.Line("ref float y = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(output);");
            using (w.Block("for (int n = 0; n < batch; n++)"))
                w.Line($"ForwardItem(ref {Names.Unsafe}.Add(ref x, n * InputLength), ref weight, bias, ref {Names.Unsafe}.Add(ref y, n * OutputLength));");
        }

        w.Line();
        w.Line("/// <summary>Runs the layer on a batch and returns a new NCHW output of batch x <see cref=\"OutputLength\"/> values.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The input length is not a positive multiple of <see cref=\"InputLength\"/>.</exception>");
        w.Line($"[return: global::Conv.Layout(global::Conv.TensorLayout.Nchw)]");
        using (w.Block($"public float[] Forward({Names.Nchw} {Names.ReadOnlySpan} input)"))
        {
            w.Line("int outputLength = input.Length / InputLength * OutputLength;");
            w.Line($"{Names.Lengths}.RequireBatch(\"{name}.Forward\", InputLength, OutputLength, input.Length, outputLength);");
            w.Line("float[] output = new float[outputLength];");
            w.Line("Forward(input, output);");
            w.Line("return output;");
        }

        w.Line();
    }

    private static void WriteItem(IndentedWriter w, Conv2dGeometry g, ForwardPlan plan, bool vectorize, bool aggressiveOptimization)
    {
        // Straight to optimised code: tiered compilation would otherwise time the first calls on tier-0 code.
        if (aggressiveOptimization)
            w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]");
        using (w.Block("private static void ForwardItem(ref float x, ref float weight, float[]? bias, ref float y)"))
        {
            using (w.Block("for (int o = 0; o < OutChannels; o++)"))
            {
                w.Line($"ref float wo = ref {Names.Unsafe}.Add(ref weight, o * {plan.WeightPerOutput});");
                w.Line(g.Groups == 1
                    ? "ref float xg = ref x;"
                    : $"ref float xg = ref {Names.Unsafe}.Add(ref x, o / {g.OutChannelsPerGroup} * {plan.InputPerGroup});");
                w.Line($"ref float yo = ref {Names.Unsafe}.Add(ref y, o * {g.OutputHeight * g.OutputWidth});");
                w.Line(g.HasBias ? "float b = bias is null ? 0f : bias[o];" : "float b = 0f;");
                using (w.Block("for (int oy = 0; oy < OutputHeight; oy++)"))
                {
                    w.Line($"ref float yrow = ref {Names.Unsafe}.Add(ref yo, oy * OutputWidth);");
                    if (plan.RowHigh > plan.RowLow)
                    {
                        using (w.Block($"if (oy < {plan.RowLow} || oy >= {plan.RowHigh})"))
                        {
                            BorderColumns(w, "0", "OutputWidth");
                            w.Line("continue;");
                        }

                        w.Line();
                        w.Line("// Interior rows: every kernel row reads a real input row.");
                        w.Line($"ref float xrow = ref {Names.Unsafe}.Add(ref xg, ({Names.Affine("oy", g.StrideHeight, -g.PaddingHeight)}) * {g.InputWidth});");
                        if (plan.ColumnHigh > plan.ColumnLow)
                        {
                            BorderColumns(w, "0", plan.ColumnLow.ToString());
                            w.Line($"int ox = {plan.ColumnLow};");
                            if (vectorize) WriteVectorColumns(w, g, plan);
                            WriteScalarColumns(w, g, plan);
                            BorderColumns(w, plan.ColumnHigh.ToString(), "OutputWidth");
                        }
                        else
                        {
                            BorderColumns(w, "0", "OutputWidth");
                        }
                    }
                    else
                    {
                        BorderColumns(w, "0", "OutputWidth");
                    }
                }
            }
        }

        w.Line();
    }

    private static void BorderColumns(IndentedWriter w, string from, string to)
    {
        if (from == to) return;
        using (w.Block($"for (int bx = {from}; bx < {to}; bx++)"))
            w.Line($"{Names.Unsafe}.Add(ref yrow, bx) = BorderPixel(ref xg, ref wo, b, oy, bx);");
    }

    private static void WriteVectorColumns(IndentedWriter w, Conv2dGeometry g, ForwardPlan plan)
    {
        const string V = "global::System.Runtime.Intrinsics.Vector256";
        using (w.Block($"if ({V}.IsHardwareAccelerated)"))
        using (w.Block($"for (; ox <= {plan.ColumnHigh - 8}; ox += 8)"))
        {
            w.Line($"ref float xp = ref {Names.Unsafe}.Add(ref xrow, {Names.Affine("ox", 1, -g.PaddingWidth)});");
            w.Line($"{V}<float> acc = {V}.Create(b);");
            plan.WriteTaps(w, (weight, input) =>
                $"acc += {V}.Create({Names.Unsafe}.Add(ref wc, {weight})) * {V}.LoadUnsafe(ref xc, {input});", "xp", unsignedOffsets: true);
            w.Line($"{V}.StoreUnsafe(acc, ref yrow, (nuint)ox);");
        }
    }

    private static void WriteScalarColumns(IndentedWriter w, Conv2dGeometry g, ForwardPlan plan)
    {
        using (w.Block($"for (; ox < {plan.ColumnHigh}; ox++)"))
        {
            w.Line($"ref float xp = ref {Names.Unsafe}.Add(ref xrow, {Names.Affine("ox", g.StrideWidth, -g.PaddingWidth)});");
            w.Line("float acc = b;");
            plan.WriteTaps(w, (weight, input) =>
                $"acc += {Names.Unsafe}.Add(ref wc, {weight}) * {Names.Unsafe}.Add(ref xc, {input});", "xp", unsignedOffsets: false);
            w.Line($"{Names.Unsafe}.Add(ref yrow, ox) = acc;");
        }
    }

    private static void WriteBorderPixel(IndentedWriter w, Conv2dGeometry g)
    {
        w.Line("// Border outputs: some taps read the padding, mapped per PaddingMode.");
        using (w.Block("private static float BorderPixel(ref float xg, ref float wo, float b, int oy, int ox)"))
        {
            w.Line("float acc = b;");
            using (w.Block("for (int ky = 0; ky < KernelHeight; ky++)"))
            {
                w.Line("int iy = global::Conv.PaddedIndex.Map(PaddingMode, oy * StrideHeight - PaddingHeight + ky * DilationHeight, InputHeight);");
                w.Line("if (iy < 0) continue;");
                using (w.Block("for (int kx = 0; kx < KernelWidth; kx++)"))
                {
                    w.Line("int ix = global::Conv.PaddedIndex.Map(PaddingMode, ox * StrideWidth - PaddingWidth + kx * DilationWidth, InputWidth);");
                    w.Line("if (ix < 0) continue;");
                    using (w.Block($"for (int c = 0; c < {g.InChannelsPerGroup}; c++)"))
                        w.Line($"acc += {Names.Unsafe}.Add(ref wo, (c * KernelHeight + ky) * KernelWidth + kx) * {Names.Unsafe}.Add(ref xg, (c * InputHeight + iy) * InputWidth + ix);");
                }
            }

            w.Line("return acc;");
        }
    }
}

/// <summary>The numbers the forward code is specialised on: interior bounds and how the taps unroll.</summary>
internal sealed class ForwardPlan
{
    private readonly Conv2dGeometry _g;

    public ForwardPlan(Conv2dGeometry g, int budget)
    {
        _g = g;
        WeightPerOutput = g.InChannelsPerGroup * g.KernelHeight * g.KernelWidth;
        InputPerGroup = g.InChannelsPerGroup * g.InputHeight * g.InputWidth;
        (RowLow, RowHigh) = Interior(g.InputHeight, g.OutputHeight, g.KernelHeight, g.StrideHeight, g.PaddingHeight, g.DilationHeight);
        (ColumnLow, ColumnHigh) = Interior(g.InputWidth, g.OutputWidth, g.KernelWidth, g.StrideWidth, g.PaddingWidth, g.DilationWidth);
        var window = g.KernelHeight * g.KernelWidth;
        ChannelBlock = 1;
        for (var block = g.InChannelsPerGroup; block >= 1; block--)
        {
            if (g.InChannelsPerGroup % block == 0 && block * window <= budget)
            {
                ChannelBlock = block;
                break;
            }
        }
    }

    public int WeightPerOutput { get; }
    public int InputPerGroup { get; }
    public int RowLow { get; }
    public int RowHigh { get; }
    public int ColumnLow { get; }
    public int ColumnHigh { get; }
    public int ChannelBlock { get; }

    // Outputs [low, high) whose every tap reads a real input position along one axis.
    private static (int Low, int High) Interior(int input, int output, int kernel, int stride, int padding, int dilation)
    {
        var low = (padding + stride - 1) / stride;
        var last = input - 1 + padding - (kernel - 1) * dilation;
        var high = last < 0 ? 0 : Math.Min(output, last / stride + 1);
        return high > low ? (low, high) : (low, low);
    }

    /// <summary>Writes the taps of one output as straight-line multiply-adds, looping over channel blocks when the group has more.</summary>
    public void WriteTaps(IndentedWriter w, Func<string, string, string> tap, string inputRef, bool unsignedOffsets)
    {
        var g = _g;
        var plane = g.InputHeight * g.InputWidth;
        var window = g.KernelHeight * g.KernelWidth;
        string Offset(int value) => unsignedOffsets ? $"(nuint){value}" : value.ToString();

        void Body()
        {
            for (var c = 0; c < ChannelBlock; c++)
            for (var ky = 0; ky < g.KernelHeight; ky++)
            for (var kx = 0; kx < g.KernelWidth; kx++)
                w.Line(tap(
                    (c * window + ky * g.KernelWidth + kx).ToString(),
                    Offset(c * plane + ky * g.DilationHeight * g.InputWidth + kx * g.DilationWidth)));
        }

        if (ChannelBlock == g.InChannelsPerGroup)
        {
            w.Line("ref float wc = ref wo;");
            w.Line($"ref float xc = ref {inputRef};");
            Body();
            return;
        }

        using (w.Block($"for (int c = 0; c < {g.InChannelsPerGroup}; c += {ChannelBlock})"))
        {
            w.Line($"ref float wc = ref {Names.Unsafe}.Add(ref wo, c * {window});");
            w.Line($"ref float xc = ref {Names.Unsafe}.Add(ref {inputRef}, c * {plane});");
            Body();
        }
    }
}
