using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Conv.Tests;
using Xunit;

namespace Conv.Runtime.Tests;

/// <summary>
/// PyTorch's re-parameterization cases (tests/fixtures/reparam) through the runtime: every conv of every case through
/// the reference convolution, BatchNorm2d through its reference and as the depthwise 1x1 conv it folds to, fold chains
/// through KernelComposition and branches through BranchMerge (geometry, weights, output, exact mask).
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
            var (scale, shift) = BatchNorm2d.Fold(Floats(layer.GetProperty("weight")), Floats(layer.GetProperty("bias")),
                Floats(layer.GetProperty("runningMean")), Floats(layer.GetProperty("runningVar")), layer.GetProperty("eps").GetDouble());
            return (BatchNorm2d.Geometry(c, h, w), scale, shift);
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
        var (kind, slope) = ReparamJson.ActivationOf(activation);
        var result = (float[])x.Clone();
        Activations.Apply(kind, slope, result);
        return result;
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
                    : Nchw.ConcatChannels(root.GetProperty("batch").GetInt32(), branches);
                Tolerance.Equal(Floats(root.GetProperty("output")), Activate(root.GetProperty("activation"), combined), name + " branches");
                Tolerance.Equal(Floats(root.GetProperty("foldedOutput")), Run(root.GetProperty("folded"), input), name + " folded");
                break;
        }
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

    public static TheoryData<string> Fused() => new(Names().Where(n => n.StartsWith("fused_batchnorm", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Fused))]
    public void BatchNorm_reference_reproduces_PyTorch(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = json.RootElement;
        var layer = root.GetProperty("layer");
        var input = Floats(root.GetProperty("input"));
        var output = new float[input.Length];
        var (kind, slope) = ReparamJson.ActivationOf(layer.GetProperty("activation"));
        BatchNorm2d.Forward(layer.GetProperty("channels").GetInt32(), layer.GetProperty("inputHeight").GetInt32(), layer.GetProperty("inputWidth").GetInt32(),
            layer.GetProperty("eps").GetDouble(), Floats(layer.GetProperty("weight")), Floats(layer.GetProperty("bias")),
            Floats(layer.GetProperty("runningMean")), Floats(layer.GetProperty("runningVar")), input, output, kind, slope);
        Tolerance.Equal(Floats(root.GetProperty("output")), output, name);
    }

    public static TheoryData<string> Branches() => new(Names().Where(n => n.StartsWith("sum_", StringComparison.Ordinal) || n.StartsWith("concat_", StringComparison.Ordinal)));

    /// <summary>Each branch folded by KernelComposition (an empty branch is the identity), then merged by BranchMerge.</summary>
    [Theory]
    [MemberData(nameof(Branches))]
    public void Branch_merge_folds_the_branches_as_PyTorch_does(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = json.RootElement;
        int c = root.GetProperty("inChannels").GetInt32(), h = root.GetProperty("inputHeight").GetInt32(), w = root.GetProperty("inputWidth").GetInt32();
        var branches = root.GetProperty("branches").EnumerateArray().Select(branch =>
        {
            var layers = branch.EnumerateArray().Select(AsConv).ToArray();
            if (layers.Length == 0) return (BranchMerge.IdentityGeometry(c, h, w), BranchMerge.IdentityWeight(c), (float[]?)null);
            if (layers.Length == 1) return layers[0];
            var composition = new KernelComposition(layers.Select(l => l.Geometry).ToArray());
            var (weight, bias) = composition.ComposeKernels(layers.Select(l => l.Weight).ToArray(), layers.Select(l => l.Bias).ToArray());
            return (composition.Geometry, weight, bias);
        }).ToArray();
        var kind = root.GetProperty("kind").GetString() == "sum" ? BranchKind.Sum : BranchKind.Concat;
        var merge = new BranchMerge(kind, branches.Select(b => b.Item1).ToArray());
        var folded = AsConv(root.GetProperty("folded"));
        var g = merge.Geometry;
        var f = folded.Geometry;
        Assert.Equal(
            (f.InChannels, f.OutChannels, f.KernelHeight, f.KernelWidth, f.StrideHeight, f.StrideWidth, f.PaddingHeight, f.PaddingWidth, f.DilationHeight, f.DilationWidth, f.Groups, f.PaddingMode, f.OutputHeight, f.OutputWidth),
            (g.InChannels, g.OutChannels, g.KernelHeight, g.KernelWidth, g.StrideHeight, g.StrideWidth, g.PaddingHeight, g.PaddingWidth, g.DilationHeight, g.DilationWidth, g.Groups, g.PaddingMode, g.OutputHeight, g.OutputWidth));
        var (mergedWeight, mergedBias) = merge.MergeKernels(branches.Select(b => b.Item2).ToArray(), branches.Select(b => b.Item3).ToArray());
        Tolerance.Equal(folded.Weight, mergedWeight, name + " merged weight");
        Tolerance.Equal(folded.Bias ?? new float[g.OutChannels], mergedBias ?? new float[g.OutChannels], name + " merged bias");
        var output = Conv2d.Forward(g, Floats(root.GetProperty("input")), mergedWeight, mergedBias);
        Tolerance.Equal(Floats(root.GetProperty("foldedOutput")), Activate(root.GetProperty("activation"), output), name + " merged output");
    }

    [Fact]
    public void Branches_that_do_not_line_up_are_named_with_their_numbers()
    {
        var wide = new Conv2dGeometry(4, 4, 3, 3, 9, 9, paddingHeight: 1, paddingWidth: 1);
        Assert.Contains("produces 3 output channels but branch 1 produces 4",
            Assert.Single(BranchMerge.Check(BranchKind.Sum, new[] { wide, new Conv2dGeometry(4, 3, 1, 1, 9, 9) })).Message);
        Assert.Contains("has stride 2x2 but branch 1 has 1x1",
            Assert.Single(BranchMerge.Check(BranchKind.Concat, new[] { wide, new Conv2dGeometry(4, 3, 1, 1, 9, 9, 2, 2) })).Message);
        var reflect = new Conv2dGeometry(4, 4, 3, 3, 9, 9, paddingHeight: 1, paddingWidth: 1, paddingMode: PaddingMode.Reflect);
        Assert.Contains("pads with Reflect but branch 1 with Zeros", Assert.Single(BranchMerge.Check(BranchKind.Sum, new[] { wide, reflect })).Message);
        Assert.Throws<ArgumentException>(() => new BranchMerge(BranchKind.Sum, new[] { wide }));
    }

    /// <summary>
    /// Random branch structures (kernels, dilations, paddings, strides, groups and modes drawn until the branches give
    /// equal outputs, off-centre windows included): the merged conv equals the branches' outputs added or stacked.
    /// </summary>
    [Fact]
    public void Merged_conv_equals_its_branches_on_random_structures()
    {
        var random = new Random(12);
        var checkedCount = 0;
        for (var attempt = 0; checkedCount < 300 && attempt < 100_000; attempt++)
        {
            var kind = random.Next(2) == 0 ? BranchKind.Sum : BranchKind.Concat;
            int n = random.Next(3, 9), m = random.Next(3, 9), c = 2 * random.Next(1, 3), s = random.Next(1, 3);
            var mode = (PaddingMode)random.Next(4);
            var outChannels = 2 * random.Next(1, 3);
            var branches = new List<Conv2dGeometry>();
            for (var b = random.Next(2, 4); b > 0; b--)
            {
                int kh = random.Next(1, 4), kw = random.Next(1, 4), dh = random.Next(1, 3), dw = random.Next(1, 3);
                int ph = random.Next(0, 3), pw = random.Next(0, 3), groups = random.Next(2) == 0 ? 1 : 2;
                var problems = Conv2dGeometry.Validate(c, kind == BranchKind.Sum ? outChannels : outChannels + 2 * b, kh, kw, n, m, s, s, ph, pw, dh, dw, groups, mode);
                if (problems.Count == 0)
                    branches.Add(new Conv2dGeometry(c, kind == BranchKind.Sum ? outChannels : outChannels + 2 * b, kh, kw, n, m, s, s, ph, pw, dh, dw, groups, random.Next(2) == 0, mode));
            }

            if (branches.Count < 2 || BranchMerge.Check(kind, branches).Count > 0) continue;
            var merge = new BranchMerge(kind, branches);
            var weights = branches.Select(g => RandomValues(random, g.WeightLength)).ToArray();
            var biases = branches.Select(g => g.HasBias ? RandomValues(random, g.BiasLength) : null).ToArray();
            var input = RandomValues(random, branches[0].InputLength);
            var outputs = branches.Select((g, i) => Conv2d.Forward(g, input, weights[i], biases[i])).ToArray();
            var expected = kind == BranchKind.Sum ? outputs.Aggregate((p, q) => p.Zip(q, (x, y) => x + y).ToArray()) : Nchw.ConcatChannels(1, outputs);
            var (weight, bias) = merge.MergeKernels(weights, biases);
            Tolerance.Equal(expected, Conv2d.Forward(merge.Geometry, input, weight, bias), $"attempt {attempt}: {string.Join(" | ", branches)}");
            checkedCount++;
        }

        Assert.Equal(300, checkedCount);
    }

    private static float[] RandomValues(Random random, int length) => Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
}
