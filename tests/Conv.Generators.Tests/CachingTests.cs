using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// The generator's incremental steps, after the edits a user makes while typing: each layer's output step is
/// recomputed only when that layer (or a layer it composes) changed, and the cached models hold no compiler objects.
/// </summary>
public class CachingTests
{
    private static readonly string[] TrackedSteps =
    {
        ConvGenerator.Steps.Conv2dLayers, ConvGenerator.Steps.CompositeLayers, ConvGenerator.Steps.BatchNormLayers, ConvGenerator.Steps.SumLayers,
        ConvGenerator.Steps.ConcatLayers, ConvGenerator.Steps.Capabilities, ConvGenerator.Steps.Conv2dOutput, ConvGenerator.Steps.CompositeOutput,
        ConvGenerator.Steps.BatchNormOutput, ConvGenerator.Steps.SumOutput, ConvGenerator.Steps.ConcatOutput,
    };

    private static readonly string[] OutputSteps =
    {
        ConvGenerator.Steps.Conv2dOutput, ConvGenerator.Steps.CompositeOutput, ConvGenerator.Steps.BatchNormOutput,
        ConvGenerator.Steps.SumOutput, ConvGenerator.Steps.ConcatOutput,
    };

    private static readonly string[] Existing = { "ConvA", "ConvB", "ConvAB", "Bn", "Residual", "Stacked" };

    // The seed's layers in one file, a BatchNorm2d, a sum and a concat of it, with a member of the user's own in ConvA;
    // an unrelated type in another.
    private const string LayerFile = TestSources.SeedLayers + """

        [Conv.BatchNorm2d(7, InputHeight = 9, InputWidth = 9)] public partial class Bn;
        [Conv.Sum(typeof(Bn), typeof(Conv.Identity))] public partial class Residual;
        [Conv.Concat(typeof(Bn), typeof(Conv.Identity))] public partial class Stacked;

        public partial class ConvA
        {
            public int Probe() => 1;
        }
        """;

    private const string OtherFile = "public class Unrelated { public int Value => 1; }";

    private const string LayerAdded = "a layer added in another file";

    public static TheoryData<string, string, string> Edits => new()
    {
        { "an unrelated type edited", OtherFile, "public class Unrelated { public int Value => 2; public int Other => 3; }" },
        { "a comment added to the layers' file", LayerFile, "// a comment\n" + LayerFile.Replace("public partial class ConvB;", "public partial class ConvB; // and another") },
        { "a method body in a layer edited", LayerFile, LayerFile.Replace("Probe() => 1;", "Probe() => 2;") },
        { LayerAdded, OtherFile, OtherFile + "\n[Conv.Conv2d(3, 5, 1, InputHeight = 4, InputWidth = 4)] public partial class Added;" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Existing_layers_keep_their_cached_output(string edit, string before, string after)
    {
        var result = RunTwice(before, after);

        var outputs = OutputSteps.SelectMany(step => result.TrackedSteps[step]).SelectMany(run => run.Outputs).ToArray();
        var existing = outputs.Where(o => Existing.Contains(LayerName(o.Value))).ToArray();
        Assert.Equal(Existing.Length, existing.Length);
        Assert.All(existing, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"after {edit}, {LayerName(o.Value)}'s output step was {o.Reason}"));
        var added = outputs.Where(o => LayerName(o.Value) == "Added").Select(o => o.Reason).ToArray();
        Assert.Equal(edit == LayerAdded ? new[] { IncrementalStepRunReason.New } : System.Array.Empty<IncrementalStepRunReason>(), added);

        // What reaches RegisterSourceOutput: nothing re-emitted but the new layer.
        var emitted = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached).ToArray();
        Assert.Equal(edit == LayerAdded ? 1 : 0, emitted.Length);

        foreach (var step in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} is not tracked");
            foreach (var (value, _) in result.TrackedSteps[step].SelectMany(run => run.Outputs))
                AssertNoCompilerObjects(value, step);
        }
    }

    [Fact]
    public void Editing_a_layer_regenerates_it_and_the_composites_of_it_only()
    {
        var result = RunTwice(LayerFile, LayerFile.Replace("[Conv2d(7, 3, 3, Padding = 2,", "[Conv2d(7, 3, 3, Padding = 1,"));
        var reasons = OutputSteps.SelectMany(step => result.TrackedSteps[step]).SelectMany(run => run.Outputs)
            .ToDictionary(o => LayerName(o.Value)!, o => o.Reason);
        Assert.True(reasons["ConvA"] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"ConvA was {reasons["ConvA"]}");
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["ConvB"]);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["ConvAB"]);
        Assert.True(reasons["Bn"] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Bn was {reasons["Bn"]}");
        Assert.True(reasons["Residual"] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Residual was {reasons["Residual"]}");
    }

    [Fact]
    public void Editing_a_batchnorm_regenerates_it_alone_when_the_shapes_stay()
    {
        var result = RunTwice(LayerFile, LayerFile.Replace("[Conv.BatchNorm2d(7, InputHeight = 9, InputWidth = 9)]", "[Conv.BatchNorm2d(7, InputHeight = 9, InputWidth = 9, Eps = 1e-3)]"));
        var reasons = OutputSteps.SelectMany(step => result.TrackedSteps[step]).SelectMany(run => run.Outputs)
            .ToDictionary(o => LayerName(o.Value)!, o => o.Reason);
        foreach (var unchanged in new[] { "ConvA", "ConvB", "ConvAB" })
            Assert.True(reasons[unchanged] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{unchanged} was {reasons[unchanged]}");
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["Bn"]);
        // The merged weights are computed at run time from the BatchNorm's Eps (its constant); the merged geometry is the same.
        foreach (var branches in new[] { "Residual", "Stacked" })
            Assert.True(reasons[branches] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{branches} was {reasons[branches]}");
    }

    // Runs the generator on the two files, then again with `before` (file 0 or 1, whichever it is) replaced by `after`.
    private static GeneratorRunResult RunTwice(string before, string after)
    {
        var compilation = GeneratorHarness.Net80(LayerFile, OtherFile);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var index = before == LayerFile ? 0 : 1;
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.ElementAt(index),
            CSharpSyntaxTree.ParseText(after, GeneratorHarness.ParseOptions, path: $"Source{index}.cs"));
        return driver.RunGenerators(edited).GetRunResult().Results.Single();
    }

    // The output steps hold (LayerModel, TargetCapabilities) pairs; the model's Name says which layer.
    private static string? LayerName(object? value)
    {
        var model = value?.GetType().GetField("Item1")?.GetValue(value) ?? value;
        return model?.GetType().GetProperty("Name")?.GetValue(model) as string;
    }

    private static void AssertNoCompilerObjects(object? value, string step, int depth = 0)
    {
        if (value is null || depth > 8) return;
        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location, $"{step} caches a {value.GetType().Name}");
        var type = value.GetType();
        if (type.IsPrimitive || value is string || type.IsEnum) return;
        if (value is IEnumerable items)
        {
            foreach (var item in items) AssertNoCompilerObjects(item, step, depth + 1);
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            AssertNoCompilerObjects(property.GetValue(value), step, depth + 1);
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            AssertNoCompilerObjects(field.GetValue(value), step, depth + 1);
    }
}
