using System;
using System.Linq;
using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

public class SurfaceTests
{
    private static float[] Values(int n, int seed) => Enumerable.Range(0, n).Select(i => (float)Math.Sin(seed * 31 + i * 0.7)).ToArray();

    [Fact]
    public void Layer_in_the_global_namespace_matches_the_reference()
    {
        var geometry = new Conv2dGeometry(2, 3, 3, 3, 5, 6, paddingHeight: 1, paddingWidth: 1);
        var (w, b, x) = (Values(GlobalLayer.WeightLength, 1), Values(GlobalLayer.BiasLength, 2), Values(3 * GlobalLayer.InputLength, 3));
        Conv.Tests.Tolerance.Equal(Conv2d.Forward(geometry, x, w, b), new GlobalLayer(w, b).Forward(x), "generated vs reference");
    }

    [Fact]
    public void Struct_layer_works_from_its_constructors()
    {
        var zero = new StructLayer();
        Assert.All(zero.Forward(Values(StructLayer.InputLength, 3)), v => Assert.Equal(0f, v));
        zero.Weight[0] = 1f;
        Assert.Equal(1f, zero.Weight[0]);

        var geometry = new Conv2dGeometry(3, 4, 3, 3, 9, 9, 2, 2, 1, 1);
        var (w, b, x) = (Values(StructLayer.WeightLength, 4), Values(StructLayer.BiasLength, 5), Values(StructLayer.InputLength, 6));
        Assert.Equal(5, StructLayer.OutputHeight);
        Conv.Tests.Tolerance.Equal(Conv2d.Forward(geometry, x, w, b), new StructLayer(w, b).Forward(x), "generated vs reference");
    }

    [Fact]
    public void Nested_layer_without_bias()
    {
        Assert.False(Outer.Inner.NestedLayer.HasBias);
        Assert.Null(new Outer.Inner.NestedLayer().Bias);
        var w = Values(4, 7);
        var x = Values(32, 8);
        Conv.Tests.Tolerance.Equal(Conv2d.Forward(new Conv2dGeometry(2, 2, 1, 1, 4, 4, hasBias: false), x, w), new Outer.Inner.NestedLayer(w).Forward(x), "generated vs reference");
    }

    [Fact]
    public void Composite_of_a_composite_equals_the_flat_chain()
    {
        var (w1, b1) = (Values(Step1.WeightLength, 9), Values(Step1.BiasLength, 10));
        var (w2, b2) = (Values(Step2.WeightLength, 11), Values(Step2.BiasLength, 12));
        var (w3, b3) = (Values(Step3.WeightLength, 13), Values(Step3.BiasLength, 14));
        var x = Values(Step1.InputLength, 15);
        var nested = Steps123.Compose(Steps12.Compose(new Step1(w1, b1), new Step2(w2, b2)), new Step3(w3, b3));
        var sequence = new Step3(w3, b3).Forward(new Step2(w2, b2).Forward(new Step1(w1, b1).Forward(x)));
        Assert.Equal(5, Steps123.KernelHeight);
        Assert.True(Steps123.IsExact);
        Assert.Equal(new Region(0, 0, 8, 8), Steps123.ExactRegion);
        Conv.Tests.Tolerance.Equal(sequence, nested.Forward(x), "Steps123");
    }
}

public class BadInputTests
{
    private static void Rejects(Action call, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Forward_rejects_wrong_lengths_naming_the_layer_and_writes_nothing()
    {
        var layer = new GlobalLayer();
        var output = Enumerable.Repeat(7f, GlobalLayer.OutputLength).ToArray();
        Rejects(() => layer.Forward(new float[GlobalLayer.InputLength + 1], output), "input",
            $"GlobalLayer.Forward: input must have a length that is a positive multiple of {GlobalLayer.InputLength} (InputLength) but has length {GlobalLayer.InputLength + 1}");
        Rejects(() => layer.Forward(ReadOnlySpan<float>.Empty, output), "input", "but has length 0");
        Rejects(() => layer.Forward(new float[2 * GlobalLayer.InputLength], output), "output",
            $"GlobalLayer.Forward: output must have length {2 * GlobalLayer.OutputLength} (2 x OutputLength {GlobalLayer.OutputLength}) but has length {GlobalLayer.OutputLength}");
        Assert.All(output, v => Assert.Equal(7f, v));
        Rejects(() => layer.Forward(new float[5]), "input", "GlobalLayer.Forward: input must have a length that is a positive multiple of 60");
    }

    [Fact]
    public void Constructor_rejects_wrong_weight_and_bias_lengths()
    {
        Rejects(() => new GlobalLayer(new float[53]), "weight", "GlobalLayer constructor: weight must have length 54 but has length 53");
        Rejects(() => new GlobalLayer(new float[54], new float[2]), "bias", "GlobalLayer constructor: bias must have length 3 (or 0 for a zero bias) but has length 2");
        Rejects(() => new Shapes.Outer.Inner.NestedLayer(new float[4], new float[2]), "bias", "NestedLayer constructor: bias must be empty because the layer has no bias, but has length 2");
        Assert.Equal(new float[3], new GlobalLayer(new float[54]).Bias);
    }

    [Fact]
    public void ComposeKernels_rejects_wrong_lengths_and_writes_nothing()
    {
        var weight = Enumerable.Repeat(7f, Steps12.WeightLength).ToArray();
        var bias = new float[Steps12.BiasLength];
        var w1 = new float[Step1.WeightLength];
        var w2 = new float[Step2.WeightLength];
        Rejects(() => Steps12.ComposeKernels(new float[1], default, w2, default, weight, bias), "firstWeight",
            $"Steps12.ComposeKernels: firstWeight must have length {Step1.WeightLength} but has length 1");
        Rejects(() => Steps12.ComposeKernels(w1, new float[1], w2, default, weight, bias), "firstBias", "firstBias must have length 4 (or 0 for a zero bias)");
        Rejects(() => Steps12.ComposeKernels(w1, default, new float[1], default, weight, bias), "secondWeight", "secondWeight must have length");
        Rejects(() => Steps12.ComposeKernels(w1, default, w2, new float[9], weight, bias), "secondBias", "secondBias must have length 4");
        Rejects(() => Steps12.ComposeKernels(w1, default, w2, default, new float[3], bias), "weight", $"weight must have length {Steps12.WeightLength} but has length 3");
        Rejects(() => Steps12.ComposeKernels(w1, default, w2, default, weight, new float[1]), "bias", "bias must have length 4 but has length 1");
        Assert.All(weight, v => Assert.Equal(7f, v));
    }
}
