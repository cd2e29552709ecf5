using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Conv.Generators.Tests.Analyzers;

/// <summary>Runs an analyzer on marked-up source with reference assemblies that ship with the tests (nothing downloaded).</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    // The severity is the descriptor's own: the catalogue is the one place it is written.
    public static DiagnosticResult Diagnostic(string id) => new(id, new TAnalyzer().SupportedDiagnostics.First(d => d.Id == id).DefaultSeverity);

    public static Task Verify(string source, params DiagnosticResult[] expected) => Verify(source, System.Array.Empty<(string, string)>(), expected);

    /// <summary>With additional files (path, text), as a project's AdditionalFiles items give them.</summary>
    public static Task Verify(string source, (string Path, string Text)[] additionalFiles, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        TestReferences.Apply(test);
        foreach (var (path, text) in additionalFiles) test.TestState.AdditionalFiles.Add((path, text));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

public static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net8.0");

    public static void Apply<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = None;
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Conv.Conv2dGeometry).Assembly.Location));
    }
}
