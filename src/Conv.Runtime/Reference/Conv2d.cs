using System;

namespace Conv;

/// <summary>
/// 2-D convolution with shapes as run-time values, exactly as PyTorch's <c>torch.nn.functional.conv2d</c>
/// (after <c>F.pad</c> for the non-zero padding modes). The reference the generated code is tested against.
/// </summary>
public static class Conv2d
{
    /// <summary>
    /// Runs the convolution on a batch: <paramref name="input"/> holds <c>batch * InputLength</c> NCHW values,
    /// <paramref name="output"/> receives <c>batch * OutputLength</c>. An empty <paramref name="bias"/> is a zero bias.
    /// </summary>
    /// <exception cref="ArgumentException">A span has the wrong length; nothing is written then.</exception>
    public static void Forward(
        Conv2dGeometry geometry,
        [Layout(TensorLayout.Nchw)] ReadOnlySpan<float> input,
        [Layout(TensorLayout.Oihw)] ReadOnlySpan<float> weight,
        ReadOnlySpan<float> bias,
        [Layout(TensorLayout.Nchw)] Span<float> output)
    {
        if (geometry is null) throw new ArgumentNullException(nameof(geometry));
        const string owner = nameof(Conv2d) + "." + nameof(Forward);
        Lengths.Require(owner, nameof(weight), geometry.WeightLength, weight.Length);
        Lengths.RequireBias(owner, nameof(bias), geometry.HasBias, geometry.BiasLength, bias.Length);
        var batch = Lengths.RequireBatch(owner, geometry.InputLength, geometry.OutputLength, input.Length, output.Length);
        Lengths.RequireDisjoint(owner, input, output);

        var g = geometry;
        int inPerGroup = g.InChannelsPerGroup, outPerGroup = g.OutChannelsPerGroup;
        int inPlane = g.InputHeight * g.InputWidth, outPlane = g.OutputHeight * g.OutputWidth;
        for (var n = 0; n < batch; n++)
        {
            var x = input.Slice(n * g.InputLength, g.InputLength);
            var y = output.Slice(n * g.OutputLength, g.OutputLength);
            for (var o = 0; o < g.OutChannels; o++)
            {
                var firstIn = o / outPerGroup * inPerGroup;
                for (var oy = 0; oy < g.OutputHeight; oy++)
                for (var ox = 0; ox < g.OutputWidth; ox++)
                {
                    double sum = bias.IsEmpty ? 0 : bias[o];
                    for (var i = 0; i < inPerGroup; i++)
                    for (var ky = 0; ky < g.KernelHeight; ky++)
                    {
                        var iy = PaddedIndex.Map(g.PaddingMode, oy * g.StrideHeight - g.PaddingHeight + ky * g.DilationHeight, g.InputHeight);
                        if (iy < 0) continue;
                        for (var kx = 0; kx < g.KernelWidth; kx++)
                        {
                            var ix = PaddedIndex.Map(g.PaddingMode, ox * g.StrideWidth - g.PaddingWidth + kx * g.DilationWidth, g.InputWidth);
                            if (ix < 0) continue;
                            sum += (double)weight[((o * inPerGroup + i) * g.KernelHeight + ky) * g.KernelWidth + kx]
                                   * x[(firstIn + i) * inPlane + iy * g.InputWidth + ix];
                        }
                    }

                    y[o * outPlane + oy * g.OutputWidth + ox] = (float)sum;
                }
            }
        }
    }

    /// <summary>Runs the convolution and returns a new output array.</summary>
    [return: Layout(TensorLayout.Nchw)]
    public static float[] Forward(
        Conv2dGeometry geometry,
        [Layout(TensorLayout.Nchw)] ReadOnlySpan<float> input,
        [Layout(TensorLayout.Oihw)] ReadOnlySpan<float> weight,
        ReadOnlySpan<float> bias = default)
    {
        if (geometry is null) throw new ArgumentNullException(nameof(geometry));
        var output = new float[Lengths.RequireOutputLength(nameof(Conv2d) + "." + nameof(Forward), geometry.InputLength, geometry.OutputLength, input.Length)];
        Forward(geometry, input, weight, bias, output);
        return output;
    }
}
