using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Conv;

namespace Conv.Tests;

/// <summary>The golden PyTorch cases, read from the repo's copy in tests/fixtures/conv2d.</summary>
public static class Fixtures
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "tests", "fixtures", "conv2d");

    public static IEnumerable<string> Names(string? kind = null) =>
        Directory.EnumerateFiles(Folder, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => kind is null || Load(name!).Kind == kind)
            .OrderBy(name => name, StringComparer.Ordinal)!;

    // Each file is parsed once per test run; the cases are only read.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FixtureCase> Loaded = new();

    public static FixtureCase Load(string name) =>
        Loaded.GetOrAdd(name, n => FixtureCase.Parse(File.ReadAllText(Path.Combine(Folder, n + ".json"))));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Conv.Generators.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Conv.Generators.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>One fixture file: a layer case or a composite case (see tests/fixtures/README.md).</summary>
public sealed class FixtureCase
{
    public string Name { get; private init; } = "";
    public string Kind { get; private init; } = "";
    public int Batch { get; private init; }
    public float[] Input { get; private init; } = Array.Empty<float>();

    // kind == "layer"
    public FixtureGeometry? Layer { get; private init; }
    public float[]? Weight { get; private init; }
    public float[]? Bias { get; private init; }
    public float[]? Output { get; private init; }

    // kind == "composite"
    public FixtureGeometry[] Layers { get; private init; } = Array.Empty<FixtureGeometry>();
    public float[][] Weights { get; private init; } = Array.Empty<float[]>();
    public float[]?[] Biases { get; private init; } = Array.Empty<float[]?>();
    public float[]? SequenceOutput { get; private init; }
    public FixtureGeometry? Composite { get; private init; }
    public float[]? CompositeWeight { get; private init; }
    public float[]? CompositeBias { get; private init; }
    public float[]? CompositeOutput { get; private init; }
    public bool[]? ExactMask { get; private init; }
    public bool ExactEverywhere { get; private init; }

    public static FixtureCase Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var kind = root.GetProperty("kind").GetString()!;
        if (kind == "layer")
        {
            return new FixtureCase
            {
                Name = root.GetProperty("name").GetString()!,
                Kind = kind,
                Batch = root.GetProperty("batch").GetInt32(),
                Input = Floats(root.GetProperty("input"))!,
                Layer = FixtureGeometry.Parse(root.GetProperty("layer")),
                Weight = Floats(root.GetProperty("weight")),
                Bias = Floats(root.GetProperty("bias")),
                Output = Floats(root.GetProperty("output")),
            };
        }

        return new FixtureCase
        {
            Name = root.GetProperty("name").GetString()!,
            Kind = kind,
            Batch = root.GetProperty("batch").GetInt32(),
            Input = Floats(root.GetProperty("input"))!,
            Layers = root.GetProperty("layers").EnumerateArray().Select(FixtureGeometry.Parse).ToArray(),
            Weights = root.GetProperty("weights").EnumerateArray().Select(e => Floats(e)!).ToArray(),
            Biases = root.GetProperty("biases").EnumerateArray().Select(Floats).ToArray(),
            SequenceOutput = Floats(root.GetProperty("sequenceOutput")),
            Composite = FixtureGeometry.Parse(root.GetProperty("composite")),
            CompositeWeight = Floats(root.GetProperty("compositeWeight")),
            CompositeBias = Floats(root.GetProperty("compositeBias")),
            CompositeOutput = Floats(root.GetProperty("compositeOutput")),
            ExactMask = root.GetProperty("exactMask").EnumerateArray().Select(e => e.GetInt32() != 0).ToArray(),
            ExactEverywhere = root.GetProperty("exactEverywhere").GetBoolean(),
        };
    }

    private static float[]? Floats(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.EnumerateArray().Select(e => (float)e.GetDouble()).ToArray();
}

/// <summary>A fixture's geometry object, with every field it carries.</summary>
public sealed record FixtureGeometry(
    int InChannels, int OutChannels, int KernelHeight, int KernelWidth, int StrideHeight, int StrideWidth,
    int PaddingHeight, int PaddingWidth, int DilationHeight, int DilationWidth, int Groups, bool Bias,
    string PaddingMode, int InputHeight, int InputWidth, int OutputHeight, int OutputWidth)
{
    public static FixtureGeometry Parse(JsonElement e) => new(
        e.GetProperty("inChannels").GetInt32(), e.GetProperty("outChannels").GetInt32(),
        e.GetProperty("kernelHeight").GetInt32(), e.GetProperty("kernelWidth").GetInt32(),
        e.GetProperty("strideHeight").GetInt32(), e.GetProperty("strideWidth").GetInt32(),
        e.GetProperty("paddingHeight").GetInt32(), e.GetProperty("paddingWidth").GetInt32(),
        e.GetProperty("dilationHeight").GetInt32(), e.GetProperty("dilationWidth").GetInt32(),
        e.GetProperty("groups").GetInt32(), e.GetProperty("bias").GetBoolean(),
        e.GetProperty("paddingMode").GetString()!,
        e.GetProperty("inputHeight").GetInt32(), e.GetProperty("inputWidth").GetInt32(),
        e.GetProperty("outputHeight").GetInt32(), e.GetProperty("outputWidth").GetInt32());

    public PaddingMode Mode => PaddingMode switch
    {
        "zeros" => Conv.PaddingMode.Zeros,
        "reflect" => Conv.PaddingMode.Reflect,
        "replicate" => Conv.PaddingMode.Replicate,
        "circular" => Conv.PaddingMode.Circular,
        _ => throw new FormatException($"Unknown padding mode '{PaddingMode}'"),
    };

    public Conv2dGeometry ToGeometry() => new(
        InChannels, OutChannels, KernelHeight, KernelWidth, InputHeight, InputWidth, StrideHeight, StrideWidth,
        PaddingHeight, PaddingWidth, DilationHeight, DilationWidth, Groups, Bias, Mode);
}
