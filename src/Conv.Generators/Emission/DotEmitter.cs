using System;
using System.Linq;

namespace Conv.Generators.Emission;

/// <summary>
/// The kernels of a layer whose output planes hold fewer positions than a vector (<see cref="KernelPlan.Dot"/>): every
/// output is the dot product of its channel's weights with its window, both contiguous in the same order, multiplied a
/// vector at a time along the window and summed across the lanes once at the end.
/// </summary>
internal static class DotEmitter
{
    // Copies each output position's window into the view, one channel group at a time. The windows overlap, so this
    // copies up to Positions times the input; beside at least Positions x OutChannelsPerGroup multiply-adds per copied
    // value that is small.
    public static void WriteGather(IndentedWriter w, KernelPlan plan, string? optimize)
    {
        var g = plan.G;
        var zeros = g.PaddingMode == PaddingMode.Zeros;
        var window = g.KernelHeight * g.KernelWidth;
        w.Line($"// Copies the window of each of the {plan.Positions} output positions into the view, in the weights' order (input channel,");
        w.Line(zeros
            ? "// kernel row, kernel column). Taps in the zero padding are never written, so they stay zero."
            : $"// kernel row, kernel column); taps in the border read the input as {g.PaddingMode} padding does.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block("private static void Gather(ref float input, ref float view)"))
        using (w.For("c", 0, g.InChannelsPerGroup))
        {
            w.Line($"ref float from = ref {Names.Unsafe}.Add(ref input, {Names.Affine("c", g.InputHeight * g.InputWidth, 0)});");
            using (w.For("p", 0, plan.Positions))
            {
                w.Line($"int top = {Names.Affine(g.OutputWidth == 1 ? "p" : $"p / {g.OutputWidth}", g.StrideHeight, -g.PaddingHeight)};");
                w.Line($"int left = {Names.Affine(g.OutputWidth == 1 ? "0" : $"p % {g.OutputWidth}", g.StrideWidth, -g.PaddingWidth)};");
                w.Line($"ref float to = ref {Names.Unsafe}.Add(ref view, {Names.Affine("p", plan.DotLength, 0)} + {Names.Affine("c", window, 0)});");
                using (w.For("ky", 0, g.KernelHeight))
                {
                    w.Line($"int row = {Names.Affine("ky", g.DilationHeight, 0)} + top;");
                    if (!zeros) w.Line("row = global::Conv.PaddedIndex.Map(PaddingMode, row, InputHeight);");
                    using (zeros ? w.Block("if (row >= 0 && row < InputHeight)") : null)
                    {
                        w.Line($"ref float source = ref {Names.Unsafe}.Add(ref from, row * InputWidth);");
                        w.Line($"ref float target = ref {Names.Unsafe}.Add(ref to, {Names.Affine("ky", g.KernelWidth, 0)});");
                        using (w.For("kx", 0, g.KernelWidth))
                        {
                            w.Line($"int col = {Names.Affine("kx", g.DilationWidth, 0)} + left;");
                            w.Line(zeros
                                ? $"if (col >= 0 && col < InputWidth) {Names.Unsafe}.Add(ref target, kx) = {Names.Unsafe}.Add(ref source, col);"
                                : $"{Names.Unsafe}.Add(ref target, kx) = {Names.Unsafe}.Add(ref source, global::Conv.PaddedIndex.Map(PaddingMode, col, InputWidth));");
                        }
                    }
                }
            }
        }

        w.Line();
    }

    public static void WriteKernel(IndentedWriter w, KernelPlan plan, Simd simd, string? optimize)
    {
        var g = plan.G;
        var ob = plan.ChannelUnit;
        var positions = plan.Positions;
        var length = plan.DotLength;
        w.Line(simd.IsVector
            ? $"// {ob} output channels x {positions} positions per step, each a dot product over its window of {length} values, {simd.Lanes} at a time."
            : $"// {ob} output channels x {positions} positions per step, each a dot product over its window of {length} values.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block(ForwardEmitter.KernelSignature(plan, simd)))
        using (ForwardEmitter.GroupLoop(w, g))
        {
            var groupInput = ForwardEmitter.GroupInput(g);
            if (plan.UsesScratch) w.Line($"Gather(ref {groupInput}, ref view);");
            w.Line($"ref float vg = ref {(plan.UsesScratch ? "view" : groupInput)};");
            var (first, end) = ForwardEmitter.WriteGroupChannels(w, g);
            using (w.Block($"for (int o = {first}; o < {end}; o += {ob})"))
            {
                w.Line($"ref float wo = ref {Names.Unsafe}.Add(ref weight, o * {length});");
                WriteDots(w, plan, simd, ob, positions, "vg", p => p);
            }
        }

        w.Line();
    }

    /// <summary>
    /// Output channels o .. o + <paramref name="ob"/> - 1 (their weights at <c>wo</c>) at <paramref name="positions"/>
    /// positions whose windows (DotLength values each, in the weights' order) follow each other from
    /// <paramref name="windows"/>: each a dot product, then the bias and the activation, stored at the plane position
    /// <paramref name="position"/> gives.
    /// </summary>
    public static void WriteDots(IndentedWriter w, KernelPlan plan, Simd simd, int ob, int positions, string windows, Func<int, int> position)
    {
        var g = plan.G;
        var length = plan.DotLength;
        var lanes = simd.Lanes;
        // Few accumulators: two chains each (even and odd vectors), so that the multiply-adds do not wait on each other.
        var chains = simd.IsVector && ob * positions <= 4 && length >= 2 * lanes ? 2 : 1;
        var step = lanes * chains;
        var mainEnd = length / step * step;
        var vectorEnd = length / lanes * lanes;
        var plane = g.OutputHeight * g.OutputWidth;
        var accumulators = Enumerable.Range(0, ob).SelectMany(j => Enumerable.Range(0, positions).Select(p => (J: j, P: p))).ToList();
        string Acc((int J, int P) a, int chain) => $"acc{a.J}_{a.P}" + (chains > 1 ? $"_{chain}" : "");
        string Sum((int J, int P) a) => $"s{a.J}_{a.P}";
        if (simd.IsVector)
        {
            foreach (var a in accumulators)
            for (var c = 0; c < chains; c++)
                w.Line($"{simd.Type} {Acc(a, c)} = {simd.Type}.Zero;");
            // Vectors [k, k + step): each input vector loaded once for every output channel of the block and, with
            // several positions, each weight vector once for every position.
            var holdWeights = positions > 1;
            void Step(string k, int vectors)
            {
                for (var c = 0; c < vectors; c++)
                {
                    if (holdWeights)
                        for (var j = 0; j < ob; j++) w.Line($"w{j} = {simd.Load("wo", Offset(k, j * length + c * lanes))};");
                    for (var p = 0; p < positions; p++)
                    {
                        w.Line($"xv = {simd.Load(windows, Offset(k, p * length + c * lanes))};");
                        for (var j = 0; j < ob; j++)
                            w.Line(simd.MultiplyAdd(holdWeights ? $"w{j}" : simd.Load("wo", Offset(k, j * length + c * lanes)), "xv", Acc((j, p), c)));
                    }
                }
            }

            w.Line($"{simd.Type} xv{(holdWeights ? string.Concat(Enumerable.Range(0, ob).Select(j => $", w{j}")) : "")};");
            if (mainEnd > 0)
                using (w.For("k", 0, mainEnd, step))
                    Step("k", chains);
            if (vectorEnd > mainEnd)
                using (w.Block(""))
                    Step(mainEnd.ToString(), 1);
            foreach (var a in accumulators)
            {
                var total = chains > 1 ? $"{Acc(a, 0)} + {Acc(a, 1)}" : Acc(a, 0);
                w.Line($"float {Sum(a)} = {(simd.IsNumerics ? $"{simd.Vector}.Dot({total}, {simd.Type}.One)" : $"{simd.Vector}.Sum({total})")};");
            }
        }
        else
        {
            foreach (var a in accumulators) w.Line($"float {Sum(a)} = 0f;");
        }

        // The values past the last whole vector (all of them in the scalar kernel), one at a time.
        if (vectorEnd < length || !simd.IsVector)
        {
            using (w.For("k", simd.IsVector ? vectorEnd : 0, length))
            {
                for (var p = 0; p < positions; p++)
                {
                    w.Line($"float x{p} = {Names.Unsafe}.Add(ref {windows}, {Offset("k", p * length)});");
                    for (var j = 0; j < ob; j++)
                        w.Line($"{Sum((j, p))} += {Names.Unsafe}.Add(ref wo, {Offset("k", j * length)}) * x{p};");
                }
            }
        }

        foreach (var a in accumulators)
        {
            var value = g.HasBias ? $"{Sum(a)} + (bias is null ? 0f : bias[o + {a.J}])" : Sum(a);
            // The activation reads its value more than once: the sum with the bias first (without one, the sum as it is).
            if (plan.Activation.Kind != Activation.None && g.HasBias)
            {
                w.Line($"{Sum(a)} = {value};");
                value = Sum(a);
            }

            w.Line($"{Names.Unsafe}.Add(ref y, {Names.Affine("o", plane, a.J * plane + position(a.P))}) = {Simd.Scalar.Activate(value, plan.Activation)};");
        }
    }

    private static string Offset(string k, int offset) => offset == 0 ? k : int.TryParse(k, out var constant) ? (constant + offset).ToString() : $"{k} + {offset}";
}
