using System;
using System.Collections.Generic;
using System.Linq;
using Conv.Tests;
using Xunit;

namespace Conv.Runtime.Tests;

public class CompositeFixtureTests
{
    public static IEnumerable<object[]> Composites() => Fixtures.Names("composite").Select(name => new object[] { name });

    private static KernelComposition Compose(FixtureCase fixture) =>
        new(fixture.Layers.Select(l => l.ToGeometry()).ToArray());

    [Theory]
    [MemberData(nameof(Composites))]
    public void Geometry_matches_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var composition = Compose(fixture);
        Assert.Equal(fixture.Composite!.ToGeometry(), composition.Geometry);
        Assert.Equal(fixture.Composite.OutputHeight, composition.Geometry.OutputHeight);
        Assert.Equal(fixture.Composite.OutputWidth, composition.Geometry.OutputWidth);
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public void Sequence_forward_matches_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var activation = fixture.Input;
        for (var i = 0; i < fixture.Layers.Length; i++)
            activation = Conv2d.Forward(fixture.Layers[i].ToGeometry(), activation, fixture.Weights[i], fixture.Biases[i]);
        Tolerance.Equal(fixture.SequenceOutput, activation, name);
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public void Composite_weight_and_bias_match_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var (weight, bias) = Compose(fixture).ComposeKernels(fixture.Weights, fixture.Biases);
        Tolerance.Equal(fixture.CompositeWeight, weight, name + " weight");
        if (fixture.CompositeBias is null) Assert.Null(bias);
        else Tolerance.Equal(fixture.CompositeBias, bias, name + " bias");
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public void Composite_forward_matches_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var composition = Compose(fixture);
        var (weight, bias) = composition.ComposeKernels(fixture.Weights, fixture.Biases);
        var output = Conv2d.Forward(composition.Geometry, fixture.Input, weight, bias);
        Tolerance.Equal(fixture.CompositeOutput, output, name);
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public void Exact_positions_match_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var composition = Compose(fixture);
        int height = composition.Geometry.OutputHeight, width = composition.Geometry.OutputWidth;
        var mask = new bool[height * width];
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            mask[y * width + x] = composition.IsExactAt(y, x);
        Assert.Equal(Picture(fixture.ExactMask!, width), Picture(mask, width));
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public void Region_is_the_bounding_rectangle_of_the_exact_mask(string name)
    {
        var fixture = Fixtures.Load(name);
        var composition = Compose(fixture);
        Assert.Equal(BoundingRectangle(fixture.ExactMask!, fixture.Composite!.OutputWidth), composition.ExactRegion);
        Assert.Equal(fixture.ExactEverywhere, composition.IsExact);
        Assert.Equal(fixture.ExactEverywhere, composition.InexactRows.Count == 0 && composition.InexactColumns.Count == 0);
        Assert.Equal(fixture.ExactEverywhere, composition.Causes == InexactCause.None);
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public void Operators_compose_on_the_exact_rows(string name)
    {
        var fixture = Fixtures.Load(name);
        var composition = Compose(fixture);
        var sequence = ConvOperator.Create(composition.Layers[0], fixture.Weights[0], fixture.Biases[0]);
        for (var i = 1; i < fixture.Layers.Length; i++)
            sequence = ConvOperator.Create(composition.Layers[i], fixture.Weights[i], fixture.Biases[i]).After(sequence);
        var composite = ConvOperator.Create(composition.Geometry, fixture.CompositeWeight, fixture.CompositeBias);
        var g = composition.Geometry;
        var scale = 1.0;
        for (var r = 0; r < g.OutputLength; r++)
        for (var c = 0; c < g.InputLength; c++)
            scale = Math.Max(scale, Math.Abs(composite[r, c]));

        for (var o = 0; o < g.OutChannels; o++)
        for (var y = 0; y < g.OutputHeight; y++)
        for (var x = 0; x < g.OutputWidth; x++)
        {
            if (!composition.ExactRegion.Contains(y, x)) continue;
            var row = (o * g.OutputHeight + y) * g.OutputWidth + x;
            for (var c = 0; c < g.InputLength; c++)
                Assert.True(Math.Abs(sequence[row, c] - composite[row, c]) <= 1e-5 * scale, $"{name}: M(sequence) != M(composite) at row {row}, column {c}");
            Assert.True(Math.Abs(sequence.Offset(row) - composite.Offset(row)) <= 1e-5 * Math.Max(1, Math.Abs(composite.Offset(row))), $"{name}: offsets differ at row {row}");
        }
    }

    internal static Region BoundingRectangle(bool[] mask, int width)
    {
        int top = int.MaxValue, left = int.MaxValue, bottom = -1, right = -1;
        for (var i = 0; i < mask.Length; i++)
        {
            if (!mask[i]) continue;
            int y = i / width, x = i % width;
            top = Math.Min(top, y);
            left = Math.Min(left, x);
            bottom = Math.Max(bottom, y);
            right = Math.Max(right, x);
        }

        return bottom < 0 ? new Region(0, 0, 0, 0) : new Region(top, left, bottom - top + 1, right - left + 1);
    }

    private static string Picture(bool[] mask, int width) =>
        string.Join("\n", Enumerable.Range(0, mask.Length / width).Select(y => new string(mask.Skip(y * width).Take(width).Select(b => b ? '#' : '.').ToArray())));
}
