using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Conv.Generators.Tests;

/// <summary>
/// What a build of some declarations shows a user: the generator and both analyzers run as the compiler runs them,
/// with every way they can fail a user collected (generator exceptions, analyzer exceptions, errors and warnings inside
/// generated files) beside the diagnostics on the user's own code.
/// </summary>
public sealed class BuildCheck
{
    private BuildCheck(Compilation output, GeneratorDriverRunResult run, IReadOnlyList<Diagnostic> analyzer, IReadOnlyList<string> analyzerExceptions)
    {
        Output = output;
        GeneratedFiles = run.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ToArray();
        GeneratorFailures = run.Diagnostics.Concat(run.Results.SelectMany(r => r.Diagnostics)).Select(d => d.ToString())
            .Concat(run.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString())).ToArray();
        var generatedTrees = run.GeneratedTrees.ToHashSet();
        var compiler = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        // Warnings too: a project that treats warnings as errors would fail on them, in a file its user cannot edit.
        ProblemsInGenerated = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generatedTrees.Contains(tree))
            .Select(d => d.ToString()).ToArray();
        UserErrors = compiler.Where(d => d.Location.SourceTree is not { } tree || !generatedTrees.Contains(tree)).ToArray();
        CompilerErrors = UserErrors.Select(d => d.Id).ToArray();
        GeneratedTrees = generatedTrees;
        AnalyzerExceptions = analyzerExceptions.Concat(analyzer.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToArray();
        Diagnostics = analyzer.Where(d => d.Id.StartsWith("CONV", StringComparison.Ordinal)).ToArray();
    }

    public Compilation Output { get; }
    public IReadOnlyList<string> GeneratedFiles { get; }
    public IReadOnlyList<string> GeneratorFailures { get; }
    public IReadOnlyList<string> AnalyzerExceptions { get; }
    /// <summary>Compiler errors and warnings inside generated files.</summary>
    public IReadOnlyList<string> ProblemsInGenerated { get; }

    /// <summary>The trees the generator added.</summary>
    public IReadOnlyCollection<SyntaxTree> GeneratedTrees { get; }

    /// <summary>Compiler errors on the user's code.</summary>
    public IReadOnlyList<Diagnostic> UserErrors { get; }

    /// <summary>IDs of compiler errors on the user's code (CS0592 for an attribute on an interface, say).</summary>
    public IReadOnlyList<string> CompilerErrors { get; }

    /// <summary>CONV diagnostics, wherever they are.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The IDs of the CONV diagnostics, sorted.</summary>
    public IReadOnlyList<string> Ids => Diagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal).ToArray();

    /// <summary>The failures no declaration may cause, rendered for an assertion message; empty when there are none.</summary>
    public string Failures => string.Join("\n", GeneratorFailures.Concat(AnalyzerExceptions).Concat(ProblemsInGenerated));

    public static BuildCheck Run(CSharpCompilation compilation, TimeSpan? timeout = null)
    {
        var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ConvGenerator().AsSourceGenerator() }, parseOptions: parseOptions);
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, cancel.Token);
        var exceptions = new List<string>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new LayerDeclarationAnalyzer(), new LayoutFlowAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => { lock (exceptions) exceptions.Add($"{analyzer}: {exception}"); },
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = output.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancel.Token).GetAwaiter().GetResult();
        return new BuildCheck(output, driver.GetRunResult(), diagnostics, exceptions);
    }

    public static BuildCheck Net80(params string[] sources) => Run(GeneratorHarness.Net80(sources));
}
