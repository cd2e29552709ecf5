using System;
using System.Collections.Generic;
using System.Linq;
using Conv.Generated.Tests.Declared;
using Conv.Tests;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>Every PyTorch case, declared with the attributes, run through the generated code.</summary>
public class GeneratedFixtureTests
{
    public static IEnumerable<object[]> Layers() => Fixtures.Names("layer").Select(n => new object[] { n });

    public static IEnumerable<object[]> Composites() => Fixtures.Names("composite").Select(n => new object[] { n });

    private static GeneratedLayer Declared(string name)
    {
        Assert.True(FixtureRegistry.Cases.TryGetValue(name, out var layer),
            $"fixture {name} has no declared type: run tests/Conv.Generated.Tests/declare_fixtures.py");
        return layer!;
    }

    private static int[] Sizes(FixtureGeometry g) => new[]
    {
        g.InChannels, g.OutChannels, g.KernelHeight, g.KernelWidth, g.StrideHeight, g.StrideWidth, g.PaddingHeight, g.PaddingWidth,
        g.DilationHeight, g.DilationWidth, g.Groups, g.InputHeight, g.InputWidth, g.OutputHeight, g.OutputWidth,
    };

    private static void SameGeometry(FixtureGeometry expected, GeneratedLayer actual)
    {
        Assert.Equal(Sizes(expected), actual.Sizes);
        Assert.Equal(expected.Bias, actual.HasBias);
        Assert.Equal(expected.Mode, actual.PaddingMode);
    }

    [Fact]
    public void Every_fixture_is_declared()
    {
        var missing = Fixtures.Names().Where(n => !FixtureRegistry.Cases.ContainsKey(n)).ToArray();
        Assert.True(missing.Length == 0, $"no declared type for {string.Join(", ", missing)}: run tests/Conv.Generated.Tests/declare_fixtures.py");
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Generated_layer_matches_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var declared = Declared(name);
        SameGeometry(fixture.Layer!, declared);
        var layer = declared.Create(fixture.Weight!, fixture.Bias);
        Tolerance.Equal(fixture.Output, layer.Forward(fixture.Input), name);

        var output = new float[fixture.Output!.Length];
        layer.Forward(fixture.Input, output);
        Tolerance.Equal(fixture.Output, output, name + " (span overload)");
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public void Generated_members_run_the_sequence_like_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var composite = (GeneratedComposite)Declared(name);
        var activation = fixture.Input;
        for (var i = 0; i < fixture.Layers.Length; i++)
        {
            SameGeometry(fixture.Layers[i], composite.Members[i]);
            activation = composite.Members[i].Create(fixture.Weights[i], fixture.Biases[i]).Forward(activation);
        }

        Tolerance.Equal(fixture.SequenceOutput, activation, name);
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public void Generated_composite_matches_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var composite = (GeneratedComposite)Declared(name);
        SameGeometry(fixture.Composite!, composite);
        Assert.Equal(fixture.ExactEverywhere, composite.IsExact);
        Assert.Equal(BoundingRectangle(fixture.ExactMask!, fixture.Composite!.OutputWidth), composite.ExactRegion);

        var weight = new float[composite.WeightLength];
        var bias = new float[composite.BiasLength];
        composite.ComposeKernels(fixture.Weights, fixture.Biases, weight, bias);
        Tolerance.Equal(fixture.CompositeWeight, weight, name + " weight");
        if (fixture.CompositeBias is null) Assert.Empty(bias);
        else Tolerance.Equal(fixture.CompositeBias, bias, name + " bias");

        var layer = composite.Compose(fixture.Weights, fixture.Biases);
        Tolerance.Equal(fixture.CompositeWeight, layer.Weight, name + " Compose weight");
        Tolerance.Equal(fixture.CompositeOutput, layer.Forward(fixture.Input), name + " composite forward");
    }

    private static Region BoundingRectangle(bool[] mask, int width)
    {
        var rows = Enumerable.Range(0, mask.Length).Where(i => mask[i]).Select(i => i / width).ToArray();
        var columns = Enumerable.Range(0, mask.Length).Where(i => mask[i]).Select(i => i % width).ToArray();
        return rows.Length == 0 ? new Region(0, 0, 0, 0) : new Region(rows.Min(), columns.Min(), rows.Max() - rows.Min() + 1, columns.Max() - columns.Min() + 1);
    }
}
