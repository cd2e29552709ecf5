using System;
using System.Collections.Generic;
using System.Linq;
using Conv.Tests;
using Xunit;

namespace Conv.Runtime.Tests;

public class LayerFixtureTests
{
    public static IEnumerable<object[]> Layers() => Fixtures.Names("layer").Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Layers))]
    public void Geometry_matches_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var geometry = fixture.Layer!.ToGeometry();
        Assert.Equal(fixture.Layer.OutputHeight, geometry.OutputHeight);
        Assert.Equal(fixture.Layer.OutputWidth, geometry.OutputWidth);
        Assert.Equal(fixture.Weight!.Length, geometry.WeightLength);
        Assert.Equal(fixture.Input.Length, fixture.Batch * geometry.InputLength);
        Assert.Equal(fixture.Output!.Length, fixture.Batch * geometry.OutputLength);
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Forward_matches_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var geometry = fixture.Layer!.ToGeometry();
        var output = Conv2d.Forward(geometry, fixture.Input, fixture.Weight, fixture.Bias);
        Tolerance.Equal(fixture.Output, output, name);
    }

    // A dense operator has OutputLength x InputLength entries: only the cases where that stays small.
    public static IEnumerable<object[]> SmallLayers() =>
        Fixtures.Names("layer")
            .Where(name => Fixtures.Load(name).Layer!.ToGeometry() is var g && (long)g.InputLength * g.OutputLength <= 4_000_000)
            .Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(SmallLayers))]
    public void Operator_applies_like_pytorch(string name)
    {
        var fixture = Fixtures.Load(name);
        var geometry = fixture.Layer!.ToGeometry();
        var op = ConvOperator.Create(geometry, fixture.Weight, fixture.Bias);
        for (var n = 0; n < fixture.Batch; n++)
        {
            var output = op.Apply(fixture.Input.AsSpan(n * geometry.InputLength, geometry.InputLength)).Select(v => (float)v).ToArray();
            Tolerance.Equal(fixture.Output.AsSpan(n * geometry.OutputLength, geometry.OutputLength), output, $"{name}[{n}]");
        }
    }
}
