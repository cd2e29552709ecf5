using System;

namespace Conv.Benchmarks;

/// <summary>The textbook seven loops, with bounds-checked indexing: what a user writes without this package.</summary>
public static class Naive
{
    public static void Forward(Conv2dGeometry g, float[] input, float[] weight, float[]? bias, float[] output, int batch)
    {
        int inPerGroup = g.InChannels / g.Groups, outPerGroup = g.OutChannels / g.Groups;
        for (var n = 0; n < batch; n++)
        for (var o = 0; o < g.OutChannels; o++)
        for (var oy = 0; oy < g.OutputHeight; oy++)
        for (var ox = 0; ox < g.OutputWidth; ox++)
        {
            var sum = bias is null ? 0f : bias[o];
            for (var c = 0; c < inPerGroup; c++)
            for (var ky = 0; ky < g.KernelHeight; ky++)
            for (var kx = 0; kx < g.KernelWidth; kx++)
            {
                var iy = oy * g.StrideHeight - g.PaddingHeight + ky * g.DilationHeight;
                var ix = ox * g.StrideWidth - g.PaddingWidth + kx * g.DilationWidth;
                if (iy < 0 || iy >= g.InputHeight || ix < 0 || ix >= g.InputWidth) continue;
                var ic = o / outPerGroup * inPerGroup + c;
                sum += weight[((o * inPerGroup + c) * g.KernelHeight + ky) * g.KernelWidth + kx]
                       * input[((n * g.InChannels + ic) * g.InputHeight + iy) * g.InputWidth + ix];
            }

            output[((n * g.OutChannels + o) * g.OutputHeight + oy) * g.OutputWidth + ox] = sum;
        }
    }
}
