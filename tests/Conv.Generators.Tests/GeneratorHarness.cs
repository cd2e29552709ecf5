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

    private static readonly Lazy<MetadataReference> NetStandardRuntime = new(() =>
    {
        var runtime = NetStandard20().WithAssemblyName("Conv.Runtime");
        using var image = new MemoryStream();
        var result = runtime.Emit(image);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    });

    /// <summary>
    /// A netstandard2.0 consumer of the given C# version that references the runtime's netstandard2.0 build (as the
    /// package gives it), so that only the consumer's own code is parsed as that version.
    /// </summary>
    public static CSharpCompilation NetStandard20(LanguageVersion version, params string[] sources)
    {
        var facades = typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetStandardFacades").Value!.Split(';');
        var options = new CSharpParseOptions(version);
        return CSharpCompilation.Create(
            "OldLanguageConsumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"Source{i}.cs")),
            Basic.Reference.Assemblies.NetStandard20.References.All.Concat(facades.Select(f => MetadataReference.CreateFromFile(f))).Append(NetStandardRuntime.Value),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
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
