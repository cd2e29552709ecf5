using System.Collections;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Conv.Generators.Tests;

public class CachingTests
{
    private static readonly string[] TrackedSteps =
    {
        ConvGenerator.Steps.Conv2dLayers, ConvGenerator.Steps.CompositeLayers, ConvGenerator.Steps.Capabilities,
        ConvGenerator.Steps.Conv2dOutput, ConvGenerator.Steps.CompositeOutput,
    };

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached_and_models_hold_no_compiler_objects()
    {
        var compilation = GeneratorHarness.Net80(TestSources.SeedLayers, "public class Unrelated { public int Value => 1; }");
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.ElementAt(1),
            CSharpSyntaxTree.ParseText("public class Unrelated { public int Value => 2; public int Other => 3; }", GeneratorHarness.ParseOptions, path: "Source1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} is not tracked");
            foreach (var run in result.TrackedSteps[step])
            foreach (var (value, reason) in run.Outputs)
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} output was {reason}");
                AssertNoCompilerObjects(value, step);
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_layer_regenerates_only_what_depends_on_it()
    {
        var compilation = GeneratorHarness.Net80(TestSources.SeedLayers, "[Conv.Conv2d(1, 1, 1, InputHeight = 2, InputWidth = 2)] public partial class Other;");
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.ElementAt(1),
            CSharpSyntaxTree.ParseText("[Conv.Conv2d(1, 2, 1, InputHeight = 2, InputWidth = 2)] public partial class Other;", GeneratorHarness.ParseOptions, path: "Source1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        var reasons = result.TrackedSteps[ConvGenerator.Steps.Conv2dLayers].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(IncrementalStepRunReason.Unchanged, reasons.Concat(result.TrackedSteps[ConvGenerator.Steps.Conv2dLayers].SelectMany(r => r.Outputs).Select(o => o.Reason)));
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
