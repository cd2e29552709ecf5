using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace Conv.Package.Tests;

/// <summary>The package as a user meets it: packed, restored into fresh projects, built, run.</summary>
public class PackageEndToEndTests : IClassFixture<PackageFeed>
{
    private readonly PackageFeed _feed;
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public PackageEndToEndTests(PackageFeed feed, Xunit.Abstractions.ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    [Fact]
    public void Package_holds_generator_analyzers_code_fixes_and_both_runtimes_and_no_roslyn()
    {
        using var package = ZipFile.OpenRead(_feed.Package);
        var entries = package.Entries.Select(e => e.FullName).ToArray();
        foreach (var expected in new[]
                 {
                     "analyzers/dotnet/cs/Conv.Generators.dll", "analyzers/dotnet/cs/Conv.Generators.CodeFixes.dll",
                     "lib/netstandard2.0/Conv.Runtime.dll", "lib/net8.0/Conv.Runtime.dll", "README.md",
                 })
            Assert.Contains(expected, entries);
        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/") && e.Contains("Conv.Generators"));

        using var nuspecStream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("Conv.Generators", Field("id"));
        Assert.Equal("MIT", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        Assert.Contains("source-generator", Field("tags"));
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.False(string.IsNullOrEmpty(repository.Attribute("url")?.Value));

        // Symbols are embedded in each assembly: no .pdb files in the package and no symbols package beside it.
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", System.StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(_feed.Feed, "*.snupkg"));
        foreach (var assembly in entries.Where(e => e.EndsWith(".dll", System.StringComparison.Ordinal)))
        {
            using var stream = new MemoryStream();
            using (var entry = package.GetEntry(assembly)!.Open()) entry.CopyTo(stream);
            stream.Position = 0;
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            Assert.Contains(reader.ReadDebugDirectory(), d => d.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.EmbeddedPortablePdb);
        }
    }

    [Fact]
    public void Packing_the_solution_writes_only_the_one_package()
    {
        var output = Directory.CreateDirectory(Path.Combine(_feed.Root, "solution-pack")).FullName;
        var pack = _feed.Dotnet(_feed.Clone, isolated: false, variable: null, "pack", "Conv.Generators.sln", "-c", "Release", "-o", output);
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Equal(new[] { Path.GetFileName(_feed.Package) }, Directory.EnumerateFiles(output).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void Generator_references_a_roslyn_every_net8_sdk_has()
    {
        using var package = ZipFile.OpenRead(_feed.Package);
        foreach (var name in new[] { "analyzers/dotnet/cs/Conv.Generators.dll", "analyzers/dotnet/cs/Conv.Generators.CodeFixes.dll" })
        {
            using var stream = new MemoryStream();
            using (var entry = package.GetEntry(name)!.Open()) entry.CopyTo(stream);
            stream.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            var roslyn = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h))
                .Where(r => reader.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal))
                .ToArray();
            Assert.NotEmpty(roslyn);
            // A generator built against a newer Roslyn than the user's compiler does not load (CS9057); 4.8 ships with the .NET 8 SDK.
            Assert.All(roslyn, r => Assert.True(r.Version <= new System.Version(4, 8, 0, 0), $"{name} references {reader.GetString(r.Name)} {r.Version}"));
        }
    }

    [Fact]
    public void Net8_consumer_with_only_the_package_builds_warning_free_and_matches_pytorch()
    {
        var folder = _feed.Consumer("SeedConsumer", "net8.0", "Exe", "Seed.cs.txt",
            "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><IsAotCompatible>true</IsAotCompatible>");
        var build = _feed.Dotnet(folder, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, "build failed:\n" + build.Output);
        var fixture = Path.Combine(Conv.Tests.Fixtures.Folder, "seed_full_padding_no_bias.json");
        var run = _feed.Dotnet(folder, Path.Combine("bin", "Release", "net8.0", "SeedConsumer.dll"), fixture);
        _output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, "the seed consumer does not match PyTorch:\n" + run.Output);
        Assert.Contains("IsExact True", run.Output);

        // Without hardware intrinsics Vector256 is not accelerated and the generated code takes its scalar path.
        var scalar = _feed.Dotnet(folder, ("DOTNET_EnableHWIntrinsic", "0"), Path.Combine("bin", "Release", "net8.0", "SeedConsumer.dll"), fixture);
        _output.WriteLine(scalar.Output);
        Assert.True(scalar.ExitCode == 0, "the scalar path does not match PyTorch:\n" + scalar.Output);
    }

    [Fact]
    public void Net8_consumer_folds_a_repvgg_block_as_pytorch_does()
    {
        var folder = _feed.Consumer("RepVggConsumer", "net8.0", "Exe", "RepVgg.cs.txt", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var build = _feed.Dotnet(folder, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, "build failed:\n" + build.Output);
        var fixture = Path.Combine(Conv.Tests.Fixtures.RepositoryRoot, "tests", "fixtures", "reparam", "sum_repvgg.json");
        var run = _feed.Dotnet(folder, Path.Combine("bin", "Release", "net8.0", "RepVggConsumer.dll"), fixture);
        _output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, "the RepVGG consumer does not match PyTorch:\n" + run.Output);
        Assert.Contains("kernel 3x3; IsExact True", run.Output);
    }

    private static string WeightsFolder => Path.Combine(Conv.Tests.Fixtures.RepositoryRoot, "tests", "fixtures", "weights");

    [Fact]
    public void Weights_file_is_checked_at_build_time_and_loads_at_run_time()
    {
        var folder = _feed.Consumer("WeightsConsumer", "net8.0", "Exe", "Weights.cs.txt", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
            "<ConvWeights Include=\"model.safetensors\" />");
        File.Copy(Path.Combine(WeightsFolder, "model.safetensors"), Path.Combine(folder, "model.safetensors"));
        var build = _feed.Dotnet(folder, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, "build failed:\n" + build.Output);

        // The header copy the analyzer reads is rewritten only when it changes: a second build leaves it (and so the compile) alone.
        var header = Path.Combine(folder, "obj", "Release", "net8.0", "ConvWeights", "0.model.safetensors.convweights.json");
        Assert.True(File.Exists(header), "the build targets wrote no header copy");
        var written = File.GetLastWriteTimeUtc(header);
        Assert.Equal(0, _feed.Dotnet(folder, "build", "-c", "Release").ExitCode);
        Assert.Equal(written, File.GetLastWriteTimeUtc(header));

        var run = _feed.Dotnet(folder, Path.Combine("bin", "Release", "net8.0", "WeightsConsumer.dll"), Path.Combine(folder, "model.safetensors"),
            Path.Combine(WeightsFolder, "model.json"));
        _output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, "the loaded network does not match PyTorch:\n" + run.Output);

        // The same project with two layers that do not fit the file: CONV011 on each of their lines, from the package's targets.
        var wrong = _feed.Dotnet(folder, "build", "-c", "Release", "-p:DefineConstants=WRONG");
        _output.WriteLine(wrong.Output);
        Assert.NotEqual(0, wrong.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(folder, "Weights.cs"));
        var expected = lines.Select((text, index) => (text, line: index + 1)).Where(l => l.text.Contains("// expect CONV011")).Select(l => l.line).ToArray();
        var reported = Regex.Matches(wrong.Output, @"Weights\.cs\((\d+),\d+\): error CONV011").Select(m => int.Parse(m.Groups[1].Value)).Distinct().OrderBy(l => l).ToArray();
        Assert.Equal(expected, reported);
        Assert.Contains("its first two axes look swapped", wrong.Output);
        Assert.Contains("Missing needs tensor \"classifier.weight\" with shape [2, 4, 1, 1], but model.safetensors has no tensor of that name", wrong.Output);
    }

    [Fact]
    public void NetStandard20_library_consumer_builds_warning_free()
    {
        var folder = _feed.Consumer("LibraryConsumer", "netstandard2.0", "Library", "Library.cs.txt", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var build = _feed.Dotnet(folder, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, "build failed:\n" + build.Output);
    }

    [Fact]
    public void Each_diagnostic_appears_on_its_file_and_line()
    {
        var folder = _feed.Consumer("MistakesConsumer", "net8.0", "Library", "Mistakes.cs.txt");
        var build = _feed.Dotnet(folder, "build", "-c", "Release");
        Assert.NotEqual(0, build.ExitCode);
        _output.WriteLine(build.Output);

        var lines = File.ReadAllLines(Path.Combine(folder, "Mistakes.cs"));
        var expected = lines
            .Select((text, index) => (Match: Regex.Match(text, @"// expect (CONV\d{3})"), Line: index + 1))
            .Where(m => m.Match.Success)
            .Select(m => $"{m.Match.Groups[1].Value} at line {m.Line}")
            .OrderBy(s => s)
            .ToArray();
        Assert.Equal(10, expected.Length);
        var reported = Regex.Matches(build.Output, @"Mistakes\.cs\((\d+),\d+\): (?:error|warning) (CONV\d{3})")
            .Select(m => $"{m.Groups[2].Value} at line {m.Groups[1].Value}")
            .Distinct()
            .OrderBy(s => s)
            .ToArray();
        Assert.Equal(expected, reported);
        Assert.Contains("ConvB5 expects 5 input channels but ConvA produces 7", build.Output);
    }
}
