extern alias generator;

using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Conv.Generators.Tests.Analyzers;

public class DescriptorCatalogueTests
{
    private static readonly DiagnosticDescriptor[] Supported =
        new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[]
            {
                new generator::Conv.Generators.Analyzers.LayerDeclarationAnalyzer(),
                new generator::Conv.Generators.Analyzers.LayoutFlowAnalyzer(),
                new generator::Conv.Generators.Analyzers.WeightsFileAnalyzer(),
            }
            .SelectMany(a => a.SupportedDiagnostics).ToArray();

    [Theory]
    [InlineData("CONV001", DiagnosticSeverity.Error)]
    [InlineData("CONV002", DiagnosticSeverity.Error)]
    [InlineData("CONV003", DiagnosticSeverity.Error)]
    [InlineData("CONV004", DiagnosticSeverity.Error)]
    [InlineData("CONV005", DiagnosticSeverity.Warning)]
    [InlineData("CONV006", DiagnosticSeverity.Warning)]
    [InlineData("CONV007", DiagnosticSeverity.Error)]
    [InlineData("CONV008", DiagnosticSeverity.Warning)]
    [InlineData("CONV009", DiagnosticSeverity.Error)]
    [InlineData("CONV010", DiagnosticSeverity.Error)]
    [InlineData("CONV011", DiagnosticSeverity.Error)]
    [InlineData("CONV012", DiagnosticSeverity.Error)]
    [InlineData("CONV013", DiagnosticSeverity.Error)]
    [InlineData("CONV014", DiagnosticSeverity.Error)]
    [InlineData("CONV015", DiagnosticSeverity.Error)]
    public void Each_contract_id_has_its_severity_a_help_page_and_a_release_entry(string id, DiagnosticSeverity severity)
    {
        var descriptors = Supported.Where(d => d.Id == id).ToArray();
        Assert.NotEmpty(descriptors);
        var root = Conv.Tests.Fixtures.RepositoryRoot;
        Assert.True(File.Exists(Path.Combine(root, "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
        Assert.Contains($"{id} | Conv.Generators | {severity} |", File.ReadAllText(Path.Combine(root, "src", "Conv.Generators", "AnalyzerReleases.Unshipped.md")));
        Assert.Contains($"[{id}](docs/diagnostics/{id}.md) | {severity} |", File.ReadAllText(Path.Combine(root, "README.md")));
        foreach (var descriptor in descriptors)
        {
            Assert.Equal(severity, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        }
    }

    // A message of "{0}" tells rule lists, SARIF and translators nothing: every format has words around its placeholders.
    [Fact]
    public void Every_descriptor_has_a_real_message_format_a_title_and_a_description()
    {
        foreach (var descriptor in Supported)
        {
            var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            var words = Regex.Replace(format, @"\{\d+\}", "").Trim(' ', ':', ',', ';', '.');
            Assert.True(words.Length >= 20, $"{descriptor.Id}'s message format '{format}' is mostly placeholders");
            Assert.Matches(@"\{0\}", format);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(CultureInfo.InvariantCulture)), $"{descriptor.Id} has no title");
            Assert.True(descriptor.Description.ToString(CultureInfo.InvariantCulture).Length >= 40, $"{descriptor.Id} has no description");
        }
    }

    // Several phrasings of one ID are several descriptors: they must agree on everything but the message.
    [Fact]
    public void Descriptors_sharing_an_id_share_title_severity_and_help()
    {
        foreach (var group in Supported.GroupBy(d => d.Id))
        {
            Assert.Single(group.Select(d => (d.Title.ToString(CultureInfo.InvariantCulture), d.DefaultSeverity, d.HelpLinkUri, d.Category)).Distinct());
            Assert.Equal(group.Count(), group.Select(d => d.MessageFormat.ToString(CultureInfo.InvariantCulture)).Distinct().Count());
        }
    }

    // Roslyn formats message arguments with the build's culture: numbers are passed as invariant text instead.
    [Fact]
    public async Task Messages_read_the_same_in_every_culture()
    {
        var compilation = GeneratorHarness.Net80("""
            using Conv;
            [Conv2d(64, 8, 1, InputHeight = 9, InputWidth = 9, Bias = false)] public partial class Squeeze;
            [Conv2d(8, 64, 3, InputHeight = 9, InputWidth = 9, Bias = false)] public partial class Expand;
            [Composite(typeof(Squeeze), typeof(Expand))] public partial class SqueezeExpand;
            """);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new generator::Conv.Generators.Analyzers.LayerDeclarationAnalyzer()))
                .GetAnalyzerDiagnosticsAsync();
            var costlier = Assert.Single(diagnostics, d => d.Id == "CONV008");
            const string expected = "SqueezeExpand costs 36864 multiply-adds per output position but running Squeeze then Expand costs 5454.4 (1806336 against 267264 per batch item)";
            Assert.Equal(expected, costlier.GetMessage(CultureInfo.GetCultureInfo("de-DE")));
            Assert.Equal(expected, costlier.GetMessage(CultureInfo.InvariantCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
