using System.Collections.Generic;
using System.Linq;
using Conv.Generators.Model;

namespace Conv.Generators.Emission;

/// <summary>
/// Writes what a <c>[Sum]</c> or <c>[Concat]</c> type has beyond the layer surface: <c>IsExact</c> and
/// <c>ExactRegion</c> (where every branch equals its own layers run in sequence), and <c>Compose</c>, which merges the
/// branches' weights through the runtime's <c>BranchMerge</c>: the same code that decided the geometry at build time.
/// </summary>
internal static class BranchEmitter
{
    public static void Write(IndentedWriter w, LayerModel model, Conv2dGeometry g)
    {
        var region = model.Exact ?? new Region(0, 0, g.OutputHeight, g.OutputWidth);
        var isExact = region.Area == (long)g.OutputHeight * g.OutputWidth;
        var what = model.Kind == LayerKind.Sum ? "adding" : "stacking";
        w.Line($"/// <summary>True when the merged conv equals running the branches' layers and {what} their outputs at every output position.</summary>");
        w.Line($"public const bool IsExact = {Names.Bool(isExact)};");
        w.Line();
        w.Line("/// <summary>The largest rectangle of output positions where the merged conv equals the branches for every input and weight.</summary>");
        w.Line($"public static global::Conv.Region ExactRegion => new global::Conv.Region({region.Top}, {region.Left}, {region.Height}, {region.Width});");
        w.Line();

        var branches = model.Members;
        var parameters = new List<string>();
        var ordinals = new Dictionary<int, string>();
        for (var i = 0; i < branches.Count; i++)
        {
            if (branches[i].Kind == LayerKind.Identity) continue;
            ordinals[i] = Names.Ordinal(ordinals.Count);
            parameters.Add($"{branches[i].TypeName} {ordinals[i]}");
        }

        var listed = string.Join(", ", branches.Select(b => b.Kind == LayerKind.Identity ? "the identity" : $"<see cref=\"{b.TypeName.Replace("global::", "")}\"/>"));
        w.Line($"/// <summary>The single conv equal to {what} the outputs of {listed}.</summary>");
        using (w.Block($"{model.ComposeAccessibility} static {model.Name} Compose({string.Join(", ", parameters)})"))
        {
            var kind = model.Kind == LayerKind.Sum ? "Sum" : "Concat";
            w.Line($"global::Conv.BranchMerge merge = new global::Conv.BranchMerge(global::Conv.BranchKind.{kind}, new global::Conv.Conv2dGeometry[]");
            w.Line("{");
            foreach (var branch in branches)
            {
                var b = branch.Shape;
                w.Line($"    new global::Conv.Conv2dGeometry({b.InChannels}, {b.OutChannels}, {b.KernelHeight}, {b.KernelWidth}, {b.InputHeight}, {b.InputWidth}, " +
                       $"{b.StrideHeight}, {b.StrideWidth}, {b.PaddingHeight}, {b.PaddingWidth}, {b.DilationHeight}, {b.DilationWidth}, {b.Groups}, " +
                       $"{Names.Bool(b.HasBias)}, {Names.Mode(b.PaddingMode)}),");
            }

            w.Line("});");
            var weights = new List<string>();
            var biases = new List<string>();
            for (var i = 0; i < branches.Count; i++)
            {
                switch (branches[i].Kind)
                {
                    case LayerKind.Identity:
                        weights.Add($"global::Conv.BranchMerge.IdentityWeight({branches[i].Shape.InChannels})");
                        biases.Add("null");
                        break;
                    case LayerKind.BatchNorm2d:
                        var o = ordinals[i];
                        w.Line($"(float[] Scale, float[] Shift) {o}Folded = global::Conv.BatchNorm2d.Fold({o}.Weight, {o}.Bias, {o}.RunningMean, {o}.RunningVar, {branches[i].TypeName}.Eps);");
                        weights.Add($"{o}Folded.Scale");
                        biases.Add($"{o}Folded.Shift");
                        break;
                    default:
                        weights.Add($"{ordinals[i]}.Weight");
                        biases.Add($"{ordinals[i]}.Bias");
                        break;
                }
            }

            w.Line($"float[][] weights = {{ {string.Join(", ", weights)} }};");
            w.Line($"float[]?[] biases = {{ {string.Join(", ", biases)} }};");
            w.Line("float[] weight = new float[WeightLength];");
            w.Line("float[] bias = new float[BiasLength];");
            w.Line("merge.MergeKernels(weights, biases, weight, bias);");
            w.Line($"return new {model.Name}(weight, bias);");
        }
    }
}
