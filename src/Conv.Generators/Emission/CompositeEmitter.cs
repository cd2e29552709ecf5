using System.Collections.Generic;
using System.Linq;
using Conv.Generators.Model;

namespace Conv.Generators.Emission;

/// <summary>
/// Writes what a <c>[Composite]</c> type has beyond the layer surface: <c>Compose</c>, <c>ComposeKernels</c>
/// (the kernel composition written out for the fixed shapes, one step per member, left to right),
/// <c>IsExact</c> and <c>ExactRegion</c> (from <see cref="KernelComposition"/> at generation time).
/// </summary>
internal static class CompositeEmitter
{
    private static readonly string[] BatchNormArrays = System.Array.ConvertAll(BatchNormEmitter.Arrays, BatchNormEmitter.Property);

    public static void Write(IndentedWriter w, LayerModel model, KernelComposition composition)
    {
        var members = model.Members;
        var region = composition.ExactRegion;
        w.Line("/// <summary>True when the composite equals running its layers in sequence at every output position.</summary>");
        w.Line($"public const bool IsExact = {Names.Bool(composition.IsExact)};");
        w.Line();
        w.Line("/// <summary>The largest rectangle of output positions where the composite equals the sequence for every input and weight.</summary>");
        w.Line($"public static global::Conv.Region ExactRegion => new global::Conv.Region({region.Top}, {region.Left}, {region.Height}, {region.Width});");
        w.Line();

        var parameters = string.Join(", ", members.Select((m, i) => $"{m.TypeName} {Names.Ordinal(i)}"));
        w.Line($"/// <summary>The single conv equal to running {string.Join(", then ", members.Select(m => $"<see cref=\"{m.TypeName.Replace("global::", "")}\"/>"))}.</summary>");
        using (w.Block($"{model.ComposeAccessibility} static {model.Name} Compose({parameters})"))
        {
            w.Line("float[] weight = new float[WeightLength];");
            w.Line("float[] bias = new float[BiasLength];");
            var arguments = string.Join(", ", members.Select((m, i) => m.Kind == LayerKind.BatchNorm2d
                ? $"{Names.Ordinal(i)}.Weight, {Names.Ordinal(i)}.Bias, {Names.Ordinal(i)}.RunningMean, {Names.Ordinal(i)}.RunningVar"
                : $"{Names.Ordinal(i)}.Weight, {Names.Ordinal(i)}.Bias"));
            w.Line($"ComposeKernels({arguments}, weight, bias);");
            w.Line($"return new {model.Name}(weight, bias);");
        }

        w.Line();
        WriteComposeKernels(w, model, composition);
    }

    private static void WriteComposeKernels(IndentedWriter w, LayerModel model, KernelComposition composition)
    {
        var layers = composition.Layers;
        var spans = new List<string>();
        var members = model.Members;
        bool IsBatchNorm(int i) => members[i].Kind == LayerKind.BatchNorm2d;
        for (var i = 0; i < layers.Count; i++)
        {
            if (IsBatchNorm(i))
            {
                foreach (var array in BatchNormArrays) spans.Add($"{Names.ReadOnlySpan} {Names.Ordinal(i)}{array}");
                continue;
            }

            spans.Add($"{Names.Oihw} {Names.ReadOnlySpan} {Names.Ordinal(i)}Weight");
            spans.Add($"{Names.ReadOnlySpan} {Names.Ordinal(i)}Bias");
        }

        w.Line("/// <summary>");
        w.Line("/// Computes the composite weight (OIHW) and bias from each layer's: the full convolution of each next kernel");
        w.Line("/// with the composite so far, summed over the intermediate channels, and the biases folded through.");
        w.Line("/// A bias span may be empty for a zero bias or a layer without one." + (members.Any(m => m.Kind == LayerKind.BatchNorm2d) ? " A BatchNorm2d member gives its four arrays" : ""));
        if (members.Any(m => m.Kind == LayerKind.BatchNorm2d))
            w.Line("/// (weight, bias, running mean, running variance), folded to the depthwise 1x1 conv they are.");
        w.Line("/// </summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">A span has the wrong length; nothing is written then.</exception>");
        using (w.Block($"public static void ComposeKernels({string.Join(", ", spans)}, {Names.Oihw} {Names.Span} weight, {Names.Span} bias)"))
        {
            var owner = model.Name + ".ComposeKernels";
            for (var i = 0; i < layers.Count; i++)
            {
                var ordinal = Names.Ordinal(i);
                if (IsBatchNorm(i))
                {
                    foreach (var array in BatchNormArrays)
                        w.Line($"{Names.Lengths}.Require(\"{owner}\", \"{ordinal}{array}\", {layers[i].OutChannels}, {ordinal}{array}.Length);");
                    continue;
                }

                w.Line($"{Names.Lengths}.Require(\"{owner}\", \"{ordinal}Weight\", {layers[i].WeightLength}, {ordinal}Weight.Length);");
                w.Line($"{Names.Lengths}.RequireBias(\"{owner}\", \"{ordinal}Bias\", {Names.Bool(layers[i].HasBias)}, {layers[i].BiasLength}, {ordinal}Bias.Length);");
            }

            w.Line($"{Names.Lengths}.Require(\"{owner}\", \"weight\", WeightLength, weight.Length);");
            w.Line($"{Names.Lengths}.Require(\"{owner}\", \"bias\", BiasLength, bias.Length);");
            w.Line();
            // A BatchNorm2d member's scale and shift, folded once before the steps that use them.
            string WeightOf(int i) => IsBatchNorm(i) ? $"scale{i}" : $"Widen({Names.Ordinal(i)}Weight, {layers[i].WeightLength})";
            string BiasOf(int i) => IsBatchNorm(i) ? $"shift{i}" : $"Widen({Names.Ordinal(i)}Bias, {layers[i].BiasLength})";
            for (var i = 0; i < layers.Count; i++)
            {
                if (!IsBatchNorm(i)) continue;
                var o = Names.Ordinal(i);
                w.Line($"double[] scale{i} = new double[{layers[i].OutChannels}];");
                w.Line($"double[] shift{i} = new double[{layers[i].OutChannels}];");
                w.Line($"FoldBatchNorm({o}Weight, {o}Bias, {o}RunningMean, {o}RunningVar, {members[i].TypeName}.Eps, scale{i}, shift{i});");
            }

            w.Line($"double[] w0 = {WeightOf(0)};");
            w.Line($"double[] b0 = {BiasOf(0)};");
            for (var i = 1; i < layers.Count; i++)
            {
                w.Line($"double[] w{i} = new double[{composition.Steps[i].WeightLength}];");
                w.Line($"double[] b{i} = new double[{composition.Steps[i].BiasLength}];");
                w.Line($"ComposeStep{i}(w{i - 1}, b{i - 1}, {WeightOf(i)}, {BiasOf(i)}, w{i}, b{i});");
            }

            var last = layers.Count - 1;
            w.Line($"for (int i = 0; i < WeightLength; i++) weight[i] = (float)w{last}[i];");
            w.Line($"for (int i = 0; i < BiasLength; i++) bias[i] = (float)b{last}[i];");
        }

        w.Line();
        w.Line("// An empty span is a zero bias; the composition runs in double so that chains lose no precision.");
        using (w.Block($"private static double[] Widen({Names.ReadOnlySpan} values, int length)"))
        {
            w.Line("double[] result = new double[length];");
            w.Line("for (int i = 0; i < values.Length; i++) result[i] = values[i];");
            w.Line("return result;");
        }

        if (members.Any(m => m.Kind == LayerKind.BatchNorm2d))
        {
            w.Line();
            w.Line("// A BatchNorm2d as the depthwise 1x1 conv it is: weight gamma / sqrt(var + eps), bias beta - mean * that.");
            using (w.Block($"private static void FoldBatchNorm({Names.ReadOnlySpan} weight, {Names.ReadOnlySpan} bias, {Names.ReadOnlySpan} mean, {Names.ReadOnlySpan} variance, double eps, double[] scale, double[] shift)"))
            using (w.Block("for (int c = 0; c < scale.Length; c++)"))
            {
                w.Line("scale[c] = weight[c] / global::System.Math.Sqrt(variance[c] + eps);");
                w.Line("shift[c] = bias[c] - mean[c] * scale[c];");
            }
        }

        for (var i = 1; i < layers.Count; i++)
        {
            w.Line();
            WriteStep(w, i, composition.Steps[i - 1], layers[i], composition.Steps[i]);
        }
    }

    // Tap a of the first kernel and tap c of the second land on composite tap (a*d1 + c*s1*d2) / d: the
    // second kernel is not flipped here because both are cross-correlations read in input coordinates.
    private static void WriteStep(IndentedWriter w, int index, Conv2dGeometry first, Conv2dGeometry second, Conv2dGeometry composite)
    {
        w.Line($"// {first.OutChannels} intermediate channels: {first.KernelHeight}x{first.KernelWidth} then {second.KernelHeight}x{second.KernelWidth} gives {composite.KernelHeight}x{composite.KernelWidth}.");
        using (w.Block($"private static void ComposeStep{index}(double[] w1, double[] b1, double[] w2, double[] b2, double[] w, double[] b)"))
        {
            using (w.For("o", 0, second.OutChannels))
            {
                w.Line($"int compositeFirstIn = o / {composite.OutChannelsPerGroup} * {composite.InChannelsPerGroup};");
                using (w.For("ml", 0, second.InChannelsPerGroup))
                {
                    w.Line($"int m = o / {second.OutChannelsPerGroup} * {second.InChannelsPerGroup} + ml;");
                    w.Line($"int firstIn = m / {first.OutChannelsPerGroup} * {first.InChannelsPerGroup} - compositeFirstIn;");
                    using (w.For("c", 0, second.KernelHeight))
                    using (w.For("e", 0, second.KernelWidth))
                    {
                        w.Line($"double w2v = w2[((o * {second.InChannelsPerGroup} + ml) * {second.KernelHeight} + c) * {second.KernelWidth} + e];");
                        if (composite.HasBias && first.HasBias) w.Line("b[o] += w2v * b1[m];");
                        using (w.For("il", 0, first.InChannelsPerGroup))
                        using (w.For("a", 0, first.KernelHeight))
                        {
                            w.Line($"int u = (a * {first.DilationHeight} + c * {(second.KernelHeight == 1 ? 0 : first.StrideHeight * second.DilationHeight)}) / {composite.DilationHeight};");
                            using (w.For("v0", 0, first.KernelWidth))
                            {
                                w.Line($"int v = (v0 * {first.DilationWidth} + e * {(second.KernelWidth == 1 ? 0 : first.StrideWidth * second.DilationWidth)}) / {composite.DilationWidth};");
                                w.Line($"w[(((o * {composite.InChannelsPerGroup}) + firstIn + il) * {composite.KernelHeight} + u) * {composite.KernelWidth} + v] += w2v * w1[((m * {first.InChannelsPerGroup} + il) * {first.KernelHeight} + a) * {first.KernelWidth} + v0];");
                            }
                        }
                    }
                }

                if (second.HasBias) w.Line("b[o] += b2[o];");
            }
        }
    }
}
