extern alias generator;

using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Conv.Generators.Tests.Analyzers;

/// <summary>The analyzers on a compilation the generator has run on, as in a real build.</summary>
public class AnalyzersOnGeneratedCodeTests
{
    private static async Task<Diagnostic[]> Analyze(params string[] sources)
    {
        var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.Net80(sources));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new generator::Conv.Generators.Analyzers.LayerDeclarationAnalyzer(),
            new generator::Conv.Generators.Analyzers.LayoutFlowAnalyzer());
        return (await output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync()).ToArray();
    }

    [Fact]
    public async Task Weight_of_a_generated_layer_passed_to_a_generated_Forward()
    {
        var diagnostics = await Analyze(TestSources.SeedLayers, """
            using Seed;
            public static class Use
            {
                public static float[] Right(ConvA a, ConvB b, float[] x) => ConvAB.Compose(a, b).Forward(b.Forward(a.Forward(x)).Length > 0 ? x : x);
                public static float[] Wrong(ConvA a, ConvB b) => b.Forward(a.Weight);
            }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CONV006", diagnostic.Id);
        Assert.Equal("a.Weight", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal("a.Weight holds an OIHW weight but parameter 'input' of ConvB.Forward expects an NCHW activation: its out-channel axis would be read as the batch axis (Layouts.ReinterpretWeightAsImages says it is meant)",
            diagnostic.GetMessage());
    }

    [Fact]
    public async Task Every_fixture_declared_correctly_gives_only_the_expected_CONV005_and_CONV008()
    {
        var declarations = File.ReadAllText(Path.Combine(Conv.Tests.Fixtures.RepositoryRoot, "tests", "Conv.Generated.Tests", "FixtureDeclarations.cs"));
        const string layerInterface = """
            namespace Conv.Generated.Tests
            {
                public interface ILayer
                {
                    float[] Weight { get; }
                    float[]? Bias { get; }
                    void Forward(System.ReadOnlySpan<float> input, System.Span<float> output);
                    float[] Forward(System.ReadOnlySpan<float> input);
                }
                public class GeneratedLayer { public static GeneratedLayer Of<T>(params object[] _) => new(); }
            }
            """;
        // The registry at the end of the file is test plumbing, not declarations.
        declarations = declarations.Substring(0, declarations.IndexOf("public static class FixtureRegistry", System.StringComparison.Ordinal));
        var diagnostics = await Analyze(declarations, layerInterface);

        static string TypeName(string fixture) => string.Concat(fixture.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
        static long MultiplyAdds(Conv.Tests.FixtureGeometry g) =>
            (long)g.OutChannels * (g.InChannels / g.Groups) * g.KernelHeight * g.KernelWidth * g.OutputHeight * g.OutputWidth;

        // Expected from the fixtures' own numbers: CONV005 where PyTorch found the composite inexact, CONV008
        // where the composite geometry PyTorch reports costs more than its layers (a depthwise layer, for one,
        // composes into a dense kernel).
        var composites = Conv.Tests.Fixtures.Names("composite").Select(n => (Name: TypeName(n), Case: Conv.Tests.Fixtures.Load(n))).ToArray();
        var expected = composites.Where(c => !c.Case.ExactEverywhere).Select(c => "CONV005 " + c.Name)
            .Concat(composites.Where(c => MultiplyAdds(c.Case.Composite!) > c.Case.Layers.Sum(MultiplyAdds)).Select(c => "CONV008 " + c.Name))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToArray();
        Assert.Contains(expected, e => e.StartsWith("CONV005", System.StringComparison.Ordinal));
        Assert.Equal(expected, diagnostics.Select(d => d.Id + " " + d.GetMessage().Split(' ')[0]).OrderBy(n => n, System.StringComparer.Ordinal).ToArray());
    }
}
