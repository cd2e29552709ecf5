using System;
using System.Numerics;
using Xunit;

namespace Conv.Runtime.Tests;

/// <summary>Sizes whose products or sums leave int: rejected with the true numbers, never wrapped into a valid-looking layer.</summary>
public class OverflowTests
{
    // PyTorch's formula in arbitrary precision: the oracle the int code is checked against.
    private static BigInteger TrueOutput(long size, long kernel, long stride, long padding, long dilation)
    {
        var numerator = new BigInteger(size) + 2 * padding - dilation * (kernel - 1) - 1;
        var quotient = BigInteger.DivRem(numerator, stride, out var remainder);
        if (remainder < 0) quotient -= 1;
        return quotient + 1;
    }

    [Theory]
    [InlineData(12, 2, int.MaxValue, 5, 1)]
    [InlineData(12, 2, 2, 5, 65536)]
    [InlineData(16, 1, 1, 65536, 1)]
    [InlineData(int.MaxValue, 3, 1, int.MaxValue, 1)]
    [InlineData(7, int.MaxValue, 1, 0, int.MaxValue)]
    [InlineData(7, 3, int.MaxValue, 0, 1)]
    public void Output_size_is_PyTorch_s_without_wrapping(int size, int kernel, int stride, int padding, int dilation)
    {
        var expected = TrueOutput(size, kernel, stride, padding, dilation);
        var clamped = BigInteger.Max(int.MinValue, BigInteger.Min(int.MaxValue, expected));
        Assert.Equal((int)clamped, Conv2dGeometry.OutputSize(size, kernel, stride, padding, dilation));
    }

    [Fact]
    public void Stride_of_int_MaxValue_gives_PyTorch_s_zero_rows_and_is_rejected()
    {
        // (12 + 0 - 1*(3-1) - 1) / MaxValue + 1 = 1 row is valid; with a 13-tall window the floor is -1, so 0 rows.
        Assert.Equal(0, Conv2dGeometry.OutputSize(12, 14, int.MaxValue, 0, 1));
        var error = Assert.Throws<ArgumentException>(() => new Conv2dGeometry(1, 1, 14, 1, 12, 12, strideHeight: int.MaxValue));
        Assert.Contains("the output would have 0 rows", error.Message);
    }

    [Theory]
    [InlineData(65536, 65536, 1, 2, 2, 0, "WeightLength (outChannels x inChannels / groups x kernelHeight x kernelWidth) would be 4294967296 values")]
    [InlineData(4, 4, 1, int.MaxValue, 1, 0, "InputLength (inChannels x inputHeight x inputWidth) would be 8589934588 values")]
    [InlineData(1, 1, 1, 12, 16, 65536, "the padded input of one channel group")]
    [InlineData(1, 65536, 1, 1, 65536, 0, "OutputLength (outChannels x outputHeight x outputWidth) would be 4294967296 values")]
    public void Lengths_beyond_an_array_are_impossible_geometry(int inChannels, int outChannels, int kernel, int height, int width, int padding, string message)
    {
        var problems = Conv2dGeometry.Validate(inChannels, outChannels, kernel, kernel, height, width, paddingHeight: padding, paddingWidth: padding);
        Assert.Contains(problems, p => p.Message.Contains(message) && p.Message.Contains("more than an array holds (2147483591)"));
        Assert.Throws<ArgumentException>(() => new Conv2dGeometry(inChannels, outChannels, kernel, kernel, height, width, paddingHeight: padding, paddingWidth: padding));
    }

    [Fact]
    public void The_largest_valid_lengths_are_accepted()
    {
        var g = new Conv2dGeometry(1, 1, 1, 1, 1, Conv2dGeometry.MaxLength);
        Assert.Equal(Conv2dGeometry.MaxLength, g.InputLength);
        Assert.Equal(Conv2dGeometry.MaxLength, g.OutputLength);
        Assert.Empty(Conv2dGeometry.Validate(1, 1, 1, 1, 1, Conv2dGeometry.MaxLength));
        Assert.NotEmpty(Conv2dGeometry.Validate(1, 1, 1, 1, 1, Conv2dGeometry.MaxLength + 1));
    }

    [Fact]
    public void Composites_whose_stride_leaves_int_are_rejected()
    {
        var a = new Conv2dGeometry(1, 1, 1, 1, 1, 1, strideHeight: 65536, strideWidth: 65536);
        var b = new Conv2dGeometry(1, 1, 1, 1, 1, 1, strideHeight: 65536, strideWidth: 65536);
        var error = Assert.Throws<ArgumentException>(() => KernelComposition.ComposeGeometry(a, b));
        Assert.Contains("stride 4294967296", error.Message);
    }

    [Fact]
    public void Exactness_of_a_long_chain_of_wide_kernels_is_computed_without_enumerating_tap_tuples()
    {
        // Ten 7x7 layers: 7^10 (2.8e8) tap tuples per position; the walk merges equal states.
        var layers = new Conv2dGeometry[10];
        var size = 70;
        for (var i = 0; i < layers.Length; i++)
        {
            var padding = i % 2 == 0 ? 3 : 0;
            layers[i] = new Conv2dGeometry(1, 1, 7, 7, size, size, paddingHeight: padding, paddingWidth: padding);
            size = layers[i].OutputHeight;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var composition = new KernelComposition(layers);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.False(composition.IsExact);
        Assert.Equal(61, composition.Geometry.KernelHeight);
    }

    [Fact]
    public void Exactness_of_a_huge_output_is_computed_on_runs()
    {
        var a = new Conv2dGeometry(1, 1, 3, 3, 3, 100_000_000, paddingHeight: 1, paddingWidth: 1);
        var b = new Conv2dGeometry(1, 1, 3, 3, 3, 100_000_000, paddingHeight: 1, paddingWidth: 1);
        var composition = new KernelComposition(a, b);
        // Intermediate zero padding makes the first and last row and column inexact.
        Assert.Equal(new Region(1, 1, 1, 99_999_998), composition.ExactRegion);
        Assert.False(composition.IsExactAt(0, 50_000_000));
        Assert.True(composition.IsExactAt(1, 50_000_000));
        Assert.Equal(new[] { 0, 2 }, composition.InexactRows);
    }
}

public class LengthCheckTests
{
    [Fact]
    public void A_batch_whose_output_length_wraps_is_rejected()
    {
        // 65537 x 65536 wraps to 65536 in int.
        var error = Assert.Throws<ArgumentException>(() => Lengths.RequireBatch("L.Forward", 1, 65536, 65537, 65536));
        Assert.Equal("output", error.ParamName);
        Assert.Contains("must have length 4295032832 (65537 x OutputLength 65536)", error.Message);
        var tooLong = Assert.Throws<ArgumentException>(() => Lengths.RequireOutputLength("L.Forward", 1, 65536, 65537));
        Assert.Contains("4295032832", tooLong.Message);
        Assert.Equal(131072, Lengths.RequireOutputLength("L.Forward", 1, 65536, 2));
    }

    [Fact]
    public void Overlapping_spans_are_rejected_and_disjoint_ones_accepted()
    {
        var buffer = new float[20];
        Assert.Throws<ArgumentException>(() => Lengths.RequireDisjoint("L.Forward", buffer, buffer));
        Assert.Throws<ArgumentException>(() => Lengths.RequireDisjoint("L.Forward", buffer.AsSpan(0, 10), buffer.AsSpan(9, 10)));
        Lengths.RequireDisjoint("L.Forward", buffer.AsSpan(0, 10), buffer.AsSpan(10, 10));
    }

    [Fact]
    public void Reference_forward_refuses_overlap_and_writes_nothing()
    {
        var g = new Conv2dGeometry(1, 1, 1, 1, 11, 12);
        var buffer = new float[2 * 132];
        for (var i = 0; i < buffer.Length; i++) buffer[i] = i;
        var before = (float[])buffer.Clone();
        var error = Assert.Throws<ArgumentException>(() => Conv2d.Forward(g, buffer.AsSpan(0, 132), new float[] { 2 }, default, buffer.AsSpan(100, 132)));
        Assert.Contains("overlap", error.Message);
        Assert.Equal(before, buffer);
    }
}
