using System;

namespace Conv;

/// <summary>
/// 2-D batch normalisation in eval mode with shapes as run-time values, exactly as PyTorch's
/// <c>F.batch_norm(x, running_mean, running_var, weight, bias, training=False, eps=eps)</c>, and its fold into a
/// depthwise 1x1 convolution: weight <c>gamma / sqrt(var + eps)</c>, bias <c>beta - mean * gamma / sqrt(var + eps)</c>.
/// </summary>
public static class BatchNorm2d
{
    /// <summary>The depthwise 1x1 convolution with a bias that a batch normalisation of this shape is.</summary>
    public static Conv2dGeometry Geometry(int channels, int inputHeight, int inputWidth) =>
        new(channels, channels, 1, 1, inputHeight, inputWidth, 1, 1, 0, 0, 1, 1, channels, true, PaddingMode.Zeros);

    /// <summary>
    /// Folds the statistics into one scale and shift per channel, computed in double and rounded once:
    /// <paramref name="scale"/> is the folded conv's weight, <paramref name="shift"/> its bias.
    /// </summary>
    /// <exception cref="ArgumentException">The spans do not all have one value per channel; nothing is written then.</exception>
    public static void Fold(ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, ReadOnlySpan<float> runningMean, ReadOnlySpan<float> runningVar,
        double eps, Span<float> scale, Span<float> shift)
    {
        const string owner = nameof(BatchNorm2d) + "." + nameof(Fold);
        var channels = weight.Length;
        Lengths.Require(owner, nameof(bias), channels, bias.Length);
        Lengths.Require(owner, nameof(runningMean), channels, runningMean.Length);
        Lengths.Require(owner, nameof(runningVar), channels, runningVar.Length);
        Lengths.Require(owner, nameof(scale), channels, scale.Length);
        Lengths.Require(owner, nameof(shift), channels, shift.Length);
        for (var c = 0; c < channels; c++)
        {
            var s = weight[c] / Math.Sqrt(runningVar[c] + eps);
            scale[c] = (float)s;
            shift[c] = (float)(bias[c] - runningMean[c] * s);
        }
    }

    /// <summary>The folded scale and shift in new arrays (see <see cref="Fold(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, double, Span{float}, Span{float})"/>).</summary>
    public static (float[] Scale, float[] Shift) Fold(ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, ReadOnlySpan<float> runningMean, ReadOnlySpan<float> runningVar, double eps)
    {
        var scale = new float[weight.Length];
        var shift = new float[weight.Length];
        Fold(weight, bias, runningMean, runningVar, eps, scale, shift);
        return (scale, shift);
    }

    /// <summary>
    /// Runs the batch normalisation on a batch of NCHW values (<c>batch * channels * height * width</c>), then the
    /// activation; in double, rounded once per value.
    /// </summary>
    /// <exception cref="ArgumentException">A span has the wrong length, or the spans overlap; nothing is written then.</exception>
    public static void Forward(int channels, int inputHeight, int inputWidth, double eps,
        ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, ReadOnlySpan<float> runningMean, ReadOnlySpan<float> runningVar,
        [Layout(TensorLayout.Nchw)] ReadOnlySpan<float> input, [Layout(TensorLayout.Nchw)] Span<float> output,
        Activation activation = Activation.None, float negativeSlope = 0.01f)
    {
        const string owner = nameof(BatchNorm2d) + "." + nameof(Forward);
        var geometry = Geometry(channels, inputHeight, inputWidth);
        Lengths.Require(owner, nameof(weight), channels, weight.Length);
        Lengths.Require(owner, nameof(bias), channels, bias.Length);
        Lengths.Require(owner, nameof(runningMean), channels, runningMean.Length);
        Lengths.Require(owner, nameof(runningVar), channels, runningVar.Length);
        var batch = Lengths.RequireBatch(owner, geometry.InputLength, geometry.OutputLength, input.Length, output.Length);
        Lengths.RequireDisjoint(owner, input, output);
        var plane = inputHeight * inputWidth;
        for (var n = 0; n < batch; n++)
        for (var c = 0; c < channels; c++)
        {
            var s = weight[c] / Math.Sqrt(runningVar[c] + eps);
            var start = (n * channels + c) * plane;
            for (var i = start; i < start + plane; i++)
                output[i] = Activations.Apply(activation, negativeSlope, (float)((input[i] - runningMean[c]) * s + bias[c]));
        }
    }
}
