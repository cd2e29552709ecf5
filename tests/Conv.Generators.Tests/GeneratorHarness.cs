using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Conv.Generators.Tests;

/// <summary>Runs the generator on source text the way the compiler does, against reference assemblies that ship with the tests.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A net8.0 consumer: the reference pack plus Conv.Runtime.</summary>
    public static CSharpCompilation Net80(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
        Basic.Reference.Assemblies.Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(Conv.Conv2dGeometry).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// A netstandard2.0 consumer: the netstandard reference assemblies, System.Memory and friends, and the
    /// runtime's sources compiled in (its netstandard2.0 build is what such a consumer gets from the package).
    /// </summary>
    public static CSharpCompilation NetStandard20(params string[] sources)
    {
        var facades = typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetStandardFacades").Value!.Split(';');
        var runtimeSources = Directory.EnumerateFiles(Path.Combine(Conv.Tests.Fixtures.RepositoryRoot, "src", "Conv.Runtime"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, path: p));
        return CSharpCompilation.Create(
            "NetStandardConsumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")).Concat(runtimeSources),
            Basic.Reference.Assemblies.NetStandard20.References.All.Concat(facades.Select(f => MetadataReference.CreateFromFile(f))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        new[] { new ConvGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (Compilation Output, GeneratorDriverRunResult Result, GeneratorDriver Driver) Run(CSharpCompilation compilation)
    {
        var driver = Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        if (diagnostics.Length > 0) throw new InvalidOperationException("generator diagnostics: " + string.Join("\n", diagnostics));
        return (output, driver.GetRunResult(), driver);
    }

    /// <summary>Errors and warnings of the compilation after generation, rendered for an assertion message.</summary>
    public static IReadOnlyList<string> Problems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
}
