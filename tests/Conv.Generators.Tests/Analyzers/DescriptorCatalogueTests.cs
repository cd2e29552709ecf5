extern alias generator;

using System.IO;
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
    [InlineData("CONV012", DiagnosticSeverity.Error)]
    [InlineData("CONV013", DiagnosticSeverity.Error)]
    [InlineData("CONV014", DiagnosticSeverity.Error)]
    [InlineData("CONV015", DiagnosticSeverity.Error)]
    public void Each_contract_id_has_its_severity_a_help_page_and_a_release_entry(string id, DiagnosticSeverity severity)
    {
        var descriptor = Assert.Single(Supported, d => d.Id == id);
        Assert.Equal(severity, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        var root = Conv.Tests.Fixtures.RepositoryRoot;
        Assert.True(File.Exists(Path.Combine(root, "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
        Assert.Contains($"{id} | Conv.Generators | {severity} |", File.ReadAllText(Path.Combine(root, "src", "Conv.Generators", "AnalyzerReleases.Unshipped.md")));
    }
}
