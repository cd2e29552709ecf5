using System;
using System.Linq;
using Conv.Generated.NetStandard;
using Conv.Tests;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// The layers of a netstandard2.0 library (Conv.Generated.NetStandard: System.Numerics kernels of 8 lanes, of 4, and
/// scalar, whichever the runtime's Vector&lt;float&gt; allows) against the reference convolution, batch 2. Among the
/// InstructionSetTests' child runs, so run with 8 lanes (AVX2), 4 (AVX2 off), none, and on ARM64; and with 16 (Vector&lt;T&gt;
/// widened to 512 bits) in a child run of their own.
/// </summary>
public class NetStandardBuildTests
{
    /// <summary>The lanes of Vector&lt;float&gt; a child run was started for (accelerated; 1: not).</summary>
    public const string LanesVariable = "CONV_EXPECT_NUMERICS_LANES";

    [Fact]
    public void Vectors_have_the_width_the_run_was_started_for()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(LanesVariable), out var expected)) return; // not a child run
        Assert.Equal(expected, System.Numerics.Vector.IsHardwareAccelerated ? System.Numerics.Vector<float>.Count : 1);
    }

    public static TheoryData<string> Names => new(Layer.All.Select(layer => layer.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Layer_matches_the_reference(string name)
    {
        var layer = Layer.All.Single(l => l.Name == name);
        var g = layer.Geometry;
        var random = new Random(name.Length * 31 + g.WeightLength);
        float[] Values(int n) => Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var (weight, bias, input) = (Values(g.WeightLength), g.HasBias ? Values(g.BiasLength) : Array.Empty<float>(), Values(2 * g.InputLength));
        Tolerance.Equal(Conv2d.Forward(g, input, weight, bias), layer.Forward(weight, bias, input), $"{name}: {g}");
    }
}
