using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Conv.Generated.Tests.Reparam;
using Conv.Tests;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Every PyTorch re-parameterization case (tests/fixtures/reparam), declared with the attributes, run through the
/// generated code: fused layers run as declared; folds, sums and concats run member by member (checked against the
/// original structure's output), then merged by the generated Compose (geometry, weights, bias, output and
/// ExactRegion against PyTorch's folded conv and exact mask).
/// </summary>
public class GeneratedReparamTests
{
    private static string Folder => Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "reparam");

    public static IEnumerable<object[]> Cases() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n });

    private static float[] Floats(JsonElement e) => e.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray();

    private static float[]? Optional(JsonElement layer, string name) =>
        layer.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Array ? Floats(e) : null;

    private static LayerParams Params(JsonElement layer) =>
        new(Floats(layer.GetProperty("weight")), Optional(layer, "bias"), Optional(layer, "runningMean"), Optional(layer, "runningVar"));

    // The layer objects in declaration order: the fused layer, the chain, or the branches one after the other.
    private static LayerParams[] AllParams(JsonElement root) => root.GetProperty("kind").GetString() switch
    {
        "fused" => new[] { Params(root.GetProperty("layer")) },
        "fold" => root.GetProperty("layers").EnumerateArray().Select(Params).ToArray(),
        _ => root.GetProperty("branches").EnumerateArray().SelectMany(b => b.EnumerateArray()).Select(Params).ToArray(),
    };

    private static string Mode(PaddingMode mode) => mode switch
    {
        PaddingMode.Reflect => "reflect",
        PaddingMode.Replicate => "replicate",
        PaddingMode.Circular => "circular",
        _ => "zeros",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_reproduces_PyTorch(string name)
    {
        Assert.True(ReparamRegistry.Cases.TryGetValue(name, out var declared),
            $"reparam fixture {name} has no declared types: run tests/Conv.Generated.Tests/declare_reparam.py");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = json.RootElement;
        var p = AllParams(root);
        Assert.Equal(declared!.LayerCount, p.Length);
        var input = Floats(root.GetProperty("input"));
        var kind = root.GetProperty("kind").GetString();
        var sequence = declared.Sequence(p, input);
        Tolerance.Equal(Floats(root.GetProperty(kind switch { "fused" => "output", "fold" => "sequenceOutput", _ => "output" })), sequence, name + " members");
        if (kind == "fused") return;

        var folded = root.GetProperty("folded");
        int I(string key) => folded.GetProperty(key).GetInt32();
        Assert.Equal(
            new[] { I("inChannels"), I("outChannels"), I("kernelHeight"), I("kernelWidth"), I("strideHeight"), I("strideWidth"), I("paddingHeight"), I("paddingWidth"),
                I("dilationHeight"), I("dilationWidth"), I("groups"), I("inputHeight"), I("inputWidth"), I("outputHeight"), I("outputWidth") },
            declared.Sizes);
        Assert.Equal(folded.GetProperty("paddingMode").GetString(), Mode(declared.PaddingMode));
        var (activation, slope) = ReparamJson.ActivationOf(folded.GetProperty("activation"));
        Assert.Equal(activation, declared.Activation);
        if (activation == Activation.LeakyRelu) Assert.Equal(slope, declared.NegativeSlope);

        var merged = declared.Fold!(p);
        Tolerance.Equal(Floats(folded.GetProperty("weight")), merged.Weight, name + " folded weight");
        var expectedBias = Optional(folded, "bias");
        Assert.Equal(expectedBias is not null, declared.HasBias);
        if (expectedBias is not null) Tolerance.Equal(expectedBias, merged.Bias!, name + " folded bias");
        Tolerance.Equal(Floats(root.GetProperty("foldedOutput")), merged.Forward(input), name + " folded output");

        // PyTorch's exact mask is a rectangle here: ExactRegion is exactly its ones.
        var mask = root.GetProperty("exactMask").EnumerateArray().Select(v => v.GetInt32() == 1).ToArray();
        var region = declared.ExactRegion;
        var width = I("outputWidth");
        for (var i = 0; i < mask.Length; i++)
            Assert.True(mask[i] == region.Contains(i / width, i % width),
                $"{name}: position ({i / width}, {i % width}) exact in PyTorch: {mask[i]}, in ExactRegion {region}: {region.Contains(i / width, i % width)}");
        Assert.Equal(root.GetProperty("exactEverywhere").GetBoolean(), declared.IsExact);
    }
}
