using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Conv.Tests;
using Xunit;

namespace Conv.Runtime.Tests;

/// <summary>
/// PyTorch's re-parameterization cases (tests/fixtures/reparam) through what the runtime has today: every conv of
/// every case through the reference convolution, BatchNorm2d in eval mode as the depthwise 1x1 conv it folds to, and
/// fold chains through KernelComposition (geometry, weights, output, exact mask).
/// </summary>
public class ReparamFixtureTests
{
    private static string Folder => Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "reparam");

    private static IEnumerable<string> Names() => Directory.EnumerateFiles(Folder, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).OrderBy(n => n, StringComparer.Ordinal);

    public static TheoryData<string> Cases() => new(Names());

    private static float[] Floats(JsonElement e) => e.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray();

    private static PaddingMode Mode(string mode) => mode switch
    {
        "reflect" => PaddingMode.Reflect,
        "replicate" => PaddingMode.Replicate,
        "circular" => PaddingMode.Circular,
        _ => PaddingMode.Zeros,
    };

    /// <summary>A layer object as one convolution: a conv2d as it is, a batchnorm2d as its depthwise 1x1 conv.</summary>
    private static (Conv2dGeometry Geometry, float[] Weight, float[]? Bias) AsConv(JsonElement layer)
    {
        if (layer.GetProperty("op").GetString() == "batchnorm2d")
        {
            int c = layer.GetProperty("channels").GetInt32(), h = layer.GetProperty("inputHeight").GetInt32(), w = layer.GetProperty("inputWidth").GetInt32();
            var eps = layer.GetProperty("eps").GetDouble();
            float[] gamma = Floats(layer.GetProperty("weight")), beta = Floats(layer.GetProperty("bias"));
            float[] mean = Floats(layer.GetProperty("runningMean")), variance = Floats(layer.GetProperty("runningVar"));
            var scale = Enumerable.Range(0, c).Select(i => gamma[i] / Math.Sqrt(variance[i] + eps)).ToArray();
            return (new Conv2dGeometry(c, c, 1, 1, h, w, groups: c),
                scale.Select(v => (float)v).ToArray(),
                Enumerable.Range(0, c).Select(i => (float)(beta[i] - mean[i] * scale[i])).ToArray());
        }

        int I(string name) => layer.GetProperty(name).GetInt32();
        var bias = layer.TryGetProperty("bias", out var b) && b.ValueKind == JsonValueKind.Array ? Floats(b) : null;
        var geometry = new Conv2dGeometry(I("inChannels"), I("outChannels"), I("kernelHeight"), I("kernelWidth"), I("inputHeight"), I("inputWidth"),
            I("strideHeight"), I("strideWidth"), I("paddingHeight"), I("paddingWidth"), I("dilationHeight"), I("dilationWidth"), I("groups"),
            bias is not null, Mode(layer.GetProperty("paddingMode").GetString()!));
        return (geometry, Floats(layer.GetProperty("weight")), bias);
    }

    private static float[] Activate(JsonElement activation, float[] x)
    {
        var kind = activation.GetProperty("kind").GetString();
        var slope = kind == "leaky_relu" ? activation.GetProperty("negativeSlope").GetDouble() : 0;
        return x.Select(v => kind switch
        {
            "relu" => Math.Max(0f, v),
            "relu6" => Math.Min(6f, Math.Max(0f, v)),
            "leaky_relu" => v >= 0 ? v : (float)(v * slope),
            _ => v,
        }).ToArray();
    }

    private static float[] Run(JsonElement layer, float[] x)
    {
        var (g, w, b) = AsConv(layer);
        return Activate(layer.GetProperty("activation"), Conv2d.Forward(g, x, w, b));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reference_convolution_reproduces_PyTorch(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = json.RootElement;
        var input = Floats(root.GetProperty("input"));
        switch (root.GetProperty("kind").GetString())
        {
            case "fused":
                Tolerance.Equal(Floats(root.GetProperty("output")), Run(root.GetProperty("layer"), input), name);
                break;
            case "fold":
                Tolerance.Equal(Floats(root.GetProperty("sequenceOutput")),
                    root.GetProperty("layers").EnumerateArray().Aggregate(input, (x, layer) => Run(layer, x)), name + " sequence");
                Tolerance.Equal(Floats(root.GetProperty("foldedOutput")), Run(root.GetProperty("folded"), input), name + " folded");
                break;
            default: // sum and concat: branches read the same input; an empty branch is the identity
                var branches = root.GetProperty("branches").EnumerateArray()
                    .Select(branch => branch.EnumerateArray().Aggregate(input, (x, layer) => Run(layer, x))).ToArray();
                var combined = root.GetProperty("kind").GetString() == "sum"
                    ? branches.Aggregate((a, c) => a.Zip(c, (p, q) => p + q).ToArray())
                    : Concatenate(branches, root.GetProperty("batch").GetInt32());
                Tolerance.Equal(Floats(root.GetProperty("output")), Activate(root.GetProperty("activation"), combined), name + " branches");
                Tolerance.Equal(Floats(root.GetProperty("foldedOutput")), Run(root.GetProperty("folded"), input), name + " folded");
                break;
        }
    }

    // NCHW along channels, batch item by batch item.
    private static float[] Concatenate(float[][] branches, int batch)
    {
        var result = new List<float>();
        for (var n = 0; n < batch; n++)
            foreach (var branch in branches)
            {
                var item = branch.Length / batch;
                result.AddRange(branch.Skip(n * item).Take(item));
            }

        return result.ToArray();
    }

    public static TheoryData<string> Folds() => new(Names().Where(n => n.StartsWith("fold_", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Folds))]
    public void Kernel_composition_folds_the_chain_as_PyTorch_does(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = json.RootElement;
        var layers = root.GetProperty("layers").EnumerateArray().Select(AsConv).ToArray();
        var folded = AsConv(root.GetProperty("folded"));
        var composition = new KernelComposition(layers.Select(l => l.Geometry).ToArray());
        var g = composition.Geometry;
        var f = folded.Geometry;
        Assert.Equal(
            (f.InChannels, f.OutChannels, f.KernelHeight, f.KernelWidth, f.StrideHeight, f.StrideWidth, f.PaddingHeight, f.PaddingWidth, f.DilationHeight, f.DilationWidth, f.Groups, f.PaddingMode),
            (g.InChannels, g.OutChannels, g.KernelHeight, g.KernelWidth, g.StrideHeight, g.StrideWidth, g.PaddingHeight, g.PaddingWidth, g.DilationHeight, g.DilationWidth, g.Groups, g.PaddingMode));
        var (weight, bias) = composition.ComposeKernels(layers.Select(l => l.Weight).ToArray(), layers.Select(l => l.Bias).ToArray());
        Tolerance.Equal(folded.Weight, weight, name + " folded weight");
        if (folded.Bias is not null) Tolerance.Equal(folded.Bias, bias!, name + " folded bias");
        var mask = root.GetProperty("exactMask").EnumerateArray().Select(v => v.GetInt32() == 1).ToArray();
        for (var y = 0; y < g.OutputHeight; y++)
        for (var x = 0; x < g.OutputWidth; x++)
            Assert.True(mask[y * g.OutputWidth + x] == composition.IsExactAt(y, x), $"{name}: exact at ({y}, {x}) is {composition.IsExactAt(y, x)}, PyTorch says {mask[y * g.OutputWidth + x]}");
        Assert.Equal(root.GetProperty("exactEverywhere").GetBoolean(), composition.IsExact);
    }
}
