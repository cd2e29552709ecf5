using System;
using System.Linq;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Activations are applied in each kernel's store, so every kind of kernel is run with one: register blocks over wide
/// rows, one flat row for narrow outputs, runs over a view per kernel column, depthwise, pointwise, and the scalar
/// fallback, against the reference convolution followed by the activation.
/// </summary>
public class ActivationTests
{
    [Fact]
    public void Relu_on_wide_rows() =>
        ReferenceCheck.Same(new Conv2dGeometry(4, 16, 3, 3, 20, 20, paddingHeight: 1, paddingWidth: 1), Activation.Relu, 0.01f,
            (w, b) => x => new ReluWide(w, b).Forward(x), "relu wide", 1, 2);

    [Fact]
    public void Relu6_on_a_narrow_output() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 16, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1), Activation.Relu6, 0.01f,
            (w, b) => x => new Relu6Narrow(w, b).Forward(x), "relu6 narrow", 1, 3);

    [Fact]
    public void Leaky_relu_on_a_strided_depthwise_layer() =>
        ReferenceCheck.Same(new Conv2dGeometry(8, 8, 3, 3, 30, 30, 2, 2, 1, 1, groups: 8), Activation.LeakyRelu, 0.2f,
            (w, b) => x => new LeakyDepthwise(w, b).Forward(x), "leaky depthwise", 1, 2);

    [Fact]
    public void Leaky_relu_with_a_slope_above_one_on_a_pointwise_layer() =>
        ReferenceCheck.Same(new Conv2dGeometry(12, 10, 1, 1, 14, 14), Activation.LeakyRelu, 3f,
            (w, b) => x => new LeakySteepPointwise(w, b).Forward(x), "leaky slope 3", 1, 2);

    [Fact]
    public void Relu6_on_reflect_padded_rows_of_12() =>
        ReferenceCheck.Same(new Conv2dGeometry(6, 10, 3, 3, 12, 12, 1, 1, 2, 2, 2, 2, paddingMode: PaddingMode.Reflect), Activation.Relu6, 0.01f,
            (w, b) => x => new Relu6Reflect(w, b).Forward(x), "relu6 reflect", 1, 2);

    /// <summary>The checks above mean something only where outputs fall below 0 and above 6: on each layer's weights and inputs, they do.</summary>
    [Theory]
    [InlineData(4, 16, 3, 20, 1, 1)]
    [InlineData(16, 16, 3, 7, 1, 1)]
    [InlineData(8, 8, 3, 30, 2, 8)]
    [InlineData(12, 10, 1, 14, 1, 1)]
    public void Outputs_cross_every_bound_of_the_activations(int inChannels, int outChannels, int kernel, int size, int stride, int groups)
    {
        var g = new Conv2dGeometry(inChannels, outChannels, kernel, kernel, size, size, stride, stride, kernel / 2, kernel / 2, groups: groups);
        var output = Conv2d.Forward(g, ReferenceCheck.Values(g.InputLength, 4), ReferenceCheck.SpreadValues(g.WeightLength, 1), ReferenceCheck.Values(g.BiasLength, 2));
        Assert.Contains(output, v => v < 0);
        Assert.Contains(output, v => v > 6);
    }

    [Fact]
    public void The_generated_layer_states_its_activation()
    {
        Assert.Equal(Activation.LeakyRelu, LeakyDepthwise.Activation);
        Assert.Equal(0.2f, LeakyDepthwise.NegativeSlope);
        Assert.Equal(Activation.Relu6, Relu6Narrow.Activation);
    }
}

[Conv2d(4, 16, 3, Padding = 1, InputHeight = 20, InputWidth = 20, Activation = Activation.Relu)]
public partial class ReluWide;

[Conv2d(16, 16, 3, Padding = 1, InputHeight = 7, InputWidth = 7, Activation = Activation.Relu6)]
public partial class Relu6Narrow;

[Conv2d(8, 8, 3, Stride = 2, Padding = 1, Groups = 8, InputHeight = 30, InputWidth = 30, Activation = Activation.LeakyRelu, NegativeSlope = 0.2f)]
public partial class LeakyDepthwise;

[Conv2d(12, 10, 1, InputHeight = 14, InputWidth = 14, Activation = Activation.LeakyRelu, NegativeSlope = 3f)]
public partial class LeakySteepPointwise;

[Conv2d(6, 10, 3, Padding = 2, Dilation = 2, PaddingMode = PaddingMode.Reflect, InputHeight = 12, InputWidth = 12, Activation = Activation.Relu6)]
public partial class Relu6Reflect;
