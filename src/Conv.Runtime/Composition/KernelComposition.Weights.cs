using System;
using System.Collections.Generic;

namespace Conv;

public sealed partial class KernelComposition
{
    /// <summary>
    /// Computes the composite weight and bias of <paramref name="first"/> then <paramref name="second"/>:
    /// the full convolution of the second kernel with the first, summed over the intermediate channels, and
    /// <c>b2 + sum(W2 * b1)</c>. Bias spans may be empty for a zero bias or a layer without one.
    /// </summary>
    public static void ComposeKernels(
        Conv2dGeometry first,
        Conv2dGeometry second,
        [Layout(TensorLayout.Oihw)] ReadOnlySpan<float> firstWeight,
        ReadOnlySpan<float> firstBias,
        [Layout(TensorLayout.Oihw)] ReadOnlySpan<float> secondWeight,
        ReadOnlySpan<float> secondBias,
        [Layout(TensorLayout.Oihw)] Span<float> weight,
        Span<float> bias)
    {
        var composition = new KernelComposition(first, second);
        composition.ComposeKernels(
            new[] { firstWeight.ToArray(), secondWeight.ToArray() },
            new[] { firstBias.ToArray(), secondBias.ToArray() },
            weight,
            bias);
    }

    /// <summary>
    /// Computes the composite weight and bias from each layer's weight and bias (data-flow order). A bias
    /// entry may be null or empty for a zero bias or a layer without one. <paramref name="bias"/> must have
    /// <c>Geometry.BiasLength</c> values (0 when no layer has a bias).
    /// </summary>
    /// <exception cref="ArgumentException">A count or length is wrong; nothing is written then.</exception>
    public void ComposeKernels(IReadOnlyList<float[]> weights, IReadOnlyList<float[]?> biases, [Layout(TensorLayout.Oihw)] Span<float> weight, Span<float> bias)
    {
        Lengths.RequireKernels(nameof(KernelComposition) + "." + nameof(ComposeKernels), _layers, "layer", weights, biases, Geometry, weight.Length, bias.Length);

        var w = ToDouble(weights[0]);
        var b = BiasToDouble(_layers[0], biases[0]);
        for (var i = 1; i < _layers.Length; i++)
            ComposePair(Steps[i - 1], w, b, _layers[i], ToDouble(weights[i]), BiasToDouble(_layers[i], biases[i]), Steps[i], out w, out b);

        for (var i = 0; i < w.Length; i++) weight[i] = (float)w[i];
        for (var i = 0; i < bias.Length; i++) bias[i] = (float)b![i];
    }

    /// <summary>Computes the composite weight and bias into new arrays; the bias is null when no layer has one.</summary>
    public (float[] Weight, float[]? Bias) ComposeKernels(IReadOnlyList<float[]> weights, IReadOnlyList<float[]?> biases)
    {
        var weight = new float[Geometry.WeightLength];
        var bias = Geometry.HasBias ? new float[Geometry.BiasLength] : null;
        ComposeKernels(weights, biases, weight, bias);
        return (weight, bias);
    }

    // Each pair of taps (a of the first kernel, c of the second) lands on composite tap
    // (a*d1 + c*s1*d2) / d in input coordinates: this is where the second kernel's "flip" relative to
    // conv2d(a.transpose(0, 1), b) comes from.
    private static void ComposePair(
        Conv2dGeometry first, double[] w1, double[]? b1,
        Conv2dGeometry second, double[] w2, double[]? b2,
        Conv2dGeometry composite, out double[] weight, out double[]? bias)
    {
        weight = new double[composite.WeightLength];
        bias = composite.HasBias ? new double[composite.OutChannels] : null;
        int in1 = first.InChannelsPerGroup, out1 = first.OutChannelsPerGroup;
        int in2 = second.InChannelsPerGroup, out2 = second.OutChannelsPerGroup;
        int inC = composite.InChannelsPerGroup, outC = composite.OutChannelsPerGroup;
        int k1h = first.KernelHeight, k1w = first.KernelWidth, k2h = second.KernelHeight, k2w = second.KernelWidth;
        int kh = composite.KernelHeight, kw = composite.KernelWidth;

        for (var o = 0; o < second.OutChannels; o++)
        {
            var compositeFirstIn = o / outC * inC;
            for (var ml = 0; ml < in2; ml++)
            {
                var m = o / out2 * in2 + ml;
                var firstIn = m / out1 * in1;
                for (var c = 0; c < k2h; c++)
                for (var e = 0; e < k2w; e++)
                {
                    var w2v = w2[((o * in2 + ml) * k2h + c) * k2w + e];
                    if (bias is not null && b1 is not null) bias[o] += w2v * b1[m];
                    if (w2v == 0) continue;
                    for (var il = 0; il < in1; il++)
                    {
                        var ic = firstIn + il - compositeFirstIn;
                        for (var a = 0; a < k1h; a++)
                        {
                            var u = (a * first.DilationHeight + c * first.StrideHeight * second.DilationHeight) / composite.DilationHeight;
                            for (var b = 0; b < k1w; b++)
                            {
                                var v = (b * first.DilationWidth + e * first.StrideWidth * second.DilationWidth) / composite.DilationWidth;
                                weight[((o * inC + ic) * kh + u) * kw + v] += w2v * w1[((m * in1 + il) * k1h + a) * k1w + b];
                            }
                        }
                    }
                }
            }

            if (bias is not null && b2 is not null) bias[o] += b2[o];
        }
    }

    private static double[] ToDouble(float[] values)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++) result[i] = values[i];
        return result;
    }

    private static double[]? BiasToDouble(Conv2dGeometry layer, float[]? bias) =>
        !layer.HasBias ? null : bias is null || bias.Length == 0 ? new double[layer.OutChannels] : ToDouble(bias);
}
