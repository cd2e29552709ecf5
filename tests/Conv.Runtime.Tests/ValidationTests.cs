using System;
using System.Linq;
using Xunit;

namespace Conv.Runtime.Tests;

public class GeometryValidationTests
{
    private static ArgumentException Reject(Func<Conv2dGeometry> create) => Assert.Throws<ArgumentException>(() => create());

    [Theory]
    [InlineData("inChannels", 0, "inChannels must be positive but is 0")]
    [InlineData("outChannels", -2, "outChannels must be positive but is -2")]
    [InlineData("kernelHeight", 0, "kernelHeight must be positive but is 0")]
    [InlineData("kernelWidth", 0, "kernelWidth must be positive but is 0")]
    [InlineData("inputHeight", 0, "inputHeight must be positive but is 0")]
    [InlineData("inputWidth", -1, "inputWidth must be positive but is -1")]
    [InlineData("strideHeight", 0, "strideHeight must be positive but is 0")]
    [InlineData("strideWidth", 0, "strideWidth must be positive but is 0")]
    [InlineData("dilationHeight", 0, "dilationHeight must be positive but is 0")]
    [InlineData("dilationWidth", 0, "dilationWidth must be positive but is 0")]
    [InlineData("groups", 0, "groups must be positive but is 0")]
    [InlineData("paddingHeight", -1, "paddingHeight must not be negative but is -1")]
    [InlineData("paddingWidth", -3, "paddingWidth must not be negative but is -3")]
    public void Rejects_non_positive_sizes_naming_the_parameter_and_value(string parameter, int value, string message)
    {
        int Pick(string name, int fallback) => name == parameter ? value : fallback;
        var error = Reject(() => new Conv2dGeometry(
            Pick("inChannels", 4), Pick("outChannels", 4), Pick("kernelHeight", 3), Pick("kernelWidth", 3),
            Pick("inputHeight", 8), Pick("inputWidth", 8), Pick("strideHeight", 1), Pick("strideWidth", 1),
            Pick("paddingHeight", 1), Pick("paddingWidth", 1), Pick("dilationHeight", 1), Pick("dilationWidth", 1),
            Pick("groups", 1)));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Rejects_channels_not_divisible_by_groups()
    {
        var error = Reject(() => new Conv2dGeometry(6, 8, 3, 3, 8, 8, groups: 4));
        Assert.Equal("groups", error.ParamName);
        Assert.Contains("inChannels 6 is not divisible by groups 4", error.Message);

        error = Reject(() => new Conv2dGeometry(8, 6, 3, 3, 8, 8, groups: 4));
        Assert.Contains("outChannels 6 is not divisible by groups 4", error.Message);
    }

    [Fact]
    public void Rejects_an_output_smaller_than_1x1()
    {
        var error = Reject(() => new Conv2dGeometry(1, 1, 5, 3, 4, 8));
        Assert.Equal("kernelHeight", error.ParamName);
        Assert.Contains("the output would have 0 rows: inputHeight 4 plus 2 x paddingHeight 0 is less than the dilated kernel height 5", error.Message);

        error = Reject(() => new Conv2dGeometry(1, 1, 3, 3, 8, 4, dilationWidth: 2));
        Assert.Equal("kernelWidth", error.ParamName);
        Assert.Contains("the output would have 0 columns: inputWidth 4 plus 2 x paddingWidth 0 is less than the dilated kernel width 5", error.Message);
    }

    [Fact]
    public void Rejects_reflect_padding_not_below_the_input_size()
    {
        var error = Reject(() => new Conv2dGeometry(1, 1, 3, 3, 4, 8, paddingHeight: 4, paddingWidth: 1, paddingMode: PaddingMode.Reflect));
        Assert.Equal("paddingHeight", error.ParamName);
        Assert.Contains("reflect padding needs paddingHeight < inputHeight, but paddingHeight is 4 and inputHeight is 4", error.Message);
        _ = new Conv2dGeometry(1, 1, 3, 3, 4, 8, paddingHeight: 3, paddingMode: PaddingMode.Reflect);
    }

    [Fact]
    public void Rejects_circular_padding_above_the_input_size()
    {
        var error = Reject(() => new Conv2dGeometry(1, 1, 3, 3, 8, 4, paddingHeight: 1, paddingWidth: 5, paddingMode: PaddingMode.Circular));
        Assert.Equal("paddingWidth", error.ParamName);
        Assert.Contains("circular padding needs paddingWidth <= inputWidth, but paddingWidth is 5 and inputWidth is 4", error.Message);
        _ = new Conv2dGeometry(1, 1, 3, 3, 8, 4, paddingWidth: 4, paddingMode: PaddingMode.Circular);
    }

    [Fact]
    public void Rejects_an_undefined_padding_mode()
    {
        var error = Reject(() => new Conv2dGeometry(1, 1, 3, 3, 8, 8, paddingMode: (PaddingMode)7));
        Assert.Equal("paddingMode", error.ParamName);
    }

    [Fact]
    public void Validate_lists_every_problem_without_throwing()
    {
        var problems = Conv2dGeometry.Validate(6, 9, 3, 3, 8, 8, groups: 4);
        Assert.Equal(new[] { "inChannels 6 is not divisible by groups 4", "outChannels 9 is not divisible by groups 4" }, problems.Select(p => p.Message));
        Assert.Empty(Conv2dGeometry.Validate(4, 7, 3, 3, 7, 7, paddingHeight: 2, paddingWidth: 2));
    }

    [Fact]
    public void Computes_pytorch_output_sizes_and_lengths()
    {
        var g = new Conv2dGeometry(8, 16, 3, 3, 15, 15, 2, 2, 1, 1, groups: 2);
        Assert.Equal((8, 8), (g.OutputHeight, g.OutputWidth));
        Assert.Equal(8 * 15 * 15, g.InputLength);
        Assert.Equal(16 * 8 * 8, g.OutputLength);
        Assert.Equal(16 * 4 * 3 * 3, g.WeightLength);
        Assert.Equal(16, g.BiasLength);
        Assert.Equal(0, new Conv2dGeometry(8, 16, 3, 3, 15, 15, hasBias: false).BiasLength);
    }
}

public class ForwardLengthTests
{
    private static readonly Conv2dGeometry Layer = new(2, 3, 3, 3, 5, 5, paddingHeight: 1, paddingWidth: 1);
    private static readonly Conv2dGeometry NoBias = new(2, 3, 3, 3, 5, 5, hasBias: false);

    private static void RejectsAndWritesNothing(Conv2dGeometry geometry, int input, int weight, int bias, int output, string parameter, string message)
    {
        var outputBuffer = Enumerable.Repeat(42f, output).ToArray();
        var error = Assert.Throws<ArgumentException>(() =>
            Conv2d.Forward(geometry, new float[input], new float[weight], new float[bias], outputBuffer));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message);
        Assert.All(outputBuffer, v => Assert.Equal(42f, v));
    }

    [Fact]
    public void Input_not_a_multiple_of_the_input_length() =>
        RejectsAndWritesNothing(Layer, 49, 54, 3, 75, "input", "input must have a length that is a positive multiple of 50 (InputLength) but has length 49");

    [Fact]
    public void Empty_input() =>
        RejectsAndWritesNothing(Layer, 0, 54, 3, 0, "input", "positive multiple of 50 (InputLength) but has length 0");

    [Fact]
    public void Output_not_batch_times_the_output_length() =>
        RejectsAndWritesNothing(Layer, 100, 54, 3, 75, "output", "output must have length 150 (2 x OutputLength 75) but has length 75");

    [Fact]
    public void Weight_of_the_wrong_length() =>
        RejectsAndWritesNothing(Layer, 50, 53, 3, 75, "weight", "weight must have length 54 but has length 53");

    [Fact]
    public void Bias_of_the_wrong_length() =>
        RejectsAndWritesNothing(Layer, 50, 54, 2, 75, "bias", "bias must have length 3 (or 0 for a zero bias) but has length 2");

    [Fact]
    public void Bias_given_to_a_layer_without_one() =>
        RejectsAndWritesNothing(NoBias, 50, 54, 3, 27, "bias", "bias must be empty because the layer has no bias, but has length 3");

    [Fact]
    public void Empty_bias_is_a_zero_bias()
    {
        var input = Enumerable.Range(0, 50).Select(i => (float)i).ToArray();
        var weight = Enumerable.Range(0, 54).Select(i => (float)(i % 5) - 2).ToArray();
        Assert.Equal(Conv2d.Forward(Layer, input, weight, new float[3]), Conv2d.Forward(Layer, input, weight));
    }
}

public class CompositionValidationTests
{
    private static readonly Conv2dGeometry First = new(4, 7, 3, 3, 7, 7, paddingHeight: 2, paddingWidth: 2, hasBias: false);
    private static readonly Conv2dGeometry Second = new(7, 3, 3, 3, 9, 9, paddingHeight: 2, paddingWidth: 2, hasBias: false);

    [Fact]
    public void Needs_two_layers()
    {
        var error = Assert.Throws<ArgumentException>(() => new KernelComposition(First));
        Assert.Contains("at least 2 layers but got 1", error.Message);
    }

    [Fact]
    public void Channel_mismatch_names_both_layers_and_numbers()
    {
        var wrong = new Conv2dGeometry(5, 3, 3, 3, 9, 9);
        var problems = KernelComposition.CheckChain(new[] { First, wrong }, new[] { "ConvA", "ConvB" });
        var problem = Assert.Single(problems);
        Assert.Equal(CompositionProblemKind.Channels, problem.Kind);
        Assert.Equal(1, problem.LayerIndex);
        Assert.Equal("ConvB expects 5 input channels but ConvA produces 7", problem.Message);
        var error = Assert.Throws<ArgumentException>(() => new KernelComposition(First, wrong));
        Assert.Contains("layer 2 expects 5 input channels but layer 1 produces 7", error.Message);
    }

    [Fact]
    public void Size_mismatch_names_both_sizes()
    {
        var wrong = new Conv2dGeometry(7, 3, 3, 3, 7, 9);
        var problem = Assert.Single(KernelComposition.CheckChain(new[] { First, wrong }));
        Assert.Equal(CompositionProblemKind.Size, problem.Kind);
        Assert.Equal("layer 2 expects a 7x9 input but layer 1 produces 9x9", problem.Message);
        Assert.Throws<ArgumentException>(() => KernelComposition.ComposeGeometry(First, wrong));
    }

    [Fact]
    public void Composite_padding_its_mode_cannot_take()
    {
        var first = new Conv2dGeometry(1, 1, 3, 3, 4, 4, paddingHeight: 2, paddingWidth: 2, paddingMode: PaddingMode.Reflect);
        var second = new Conv2dGeometry(1, 1, 3, 3, 6, 6, paddingHeight: 2, paddingWidth: 2);
        var error = Assert.Throws<ArgumentException>(() => new KernelComposition(first, second));
        Assert.Contains("reflect padding needs paddingHeight < inputHeight, but paddingHeight is 4 and inputHeight is 4", error.Message);
    }

    [Fact]
    public void ComposeKernels_checks_every_length_and_writes_nothing_on_error()
    {
        var weight = Enumerable.Repeat(42f, 3 * 4 * 5 * 5).ToArray();
        void Check(int firstWeight, int firstBias, int secondWeight, int secondBias, int compositeWeight, int compositeBias, string parameter)
        {
            var target = new float[compositeWeight];
            Array.Fill(target, 42f);
            var error = Assert.Throws<ArgumentException>(() => KernelComposition.ComposeKernels(First, Second,
                new float[firstWeight], new float[firstBias], new float[secondWeight], new float[secondBias], target, new float[compositeBias]));
            Assert.Equal(parameter, error.ParamName);
            Assert.All(target, v => Assert.Equal(42f, v));
        }

        Check(251, 0, 189, 0, 300, 0, "weights[0]");
        Check(252, 0, 188, 0, 300, 0, "weights[1]");
        Check(252, 7, 189, 0, 300, 0, "biases[0]");
        Check(252, 0, 189, 3, 300, 0, "biases[1]");
        Check(252, 0, 189, 0, 299, 0, "weight");
        Check(252, 0, 189, 0, 300, 3, "bias");
        KernelComposition.ComposeKernels(First, Second, new float[252], default, new float[189], default, weight, default);
        Assert.All(weight, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Operator_checks_lengths()
    {
        var error = Assert.Throws<ArgumentException>(() => ConvOperator.Create(First, new float[3]));
        Assert.Equal("weight", error.ParamName);
        Assert.Contains("weight must have length 252 but has length 3", error.Message);
        var op = ConvOperator.Create(First, new float[252]);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => op.Apply(new float[5])).ParamName);
        Assert.Throws<ArgumentException>(() => op.After(op));
    }

    [Fact]
    public void Region_rejects_negative_sizes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Region(-1, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Region(0, 0, 1, -1));
        Assert.Equal("rows 2..4, columns 3..3", new Region(2, 3, 3, 1).ToString());
    }
}
