using System;
using System.Collections.Generic;

namespace Conv;

public sealed partial class BranchMerge
{
    /// <summary>
    /// Computes the merged weight (OIHW) and bias from each branch's. A bias entry may be null or empty for a zero bias
    /// or a branch without one. <paramref name="bias"/> must have <c>Geometry.BiasLength</c> values.
    /// </summary>
    /// <exception cref="ArgumentException">A count or length is wrong; nothing is written then.</exception>
    public void MergeKernels(IReadOnlyList<float[]> weights, IReadOnlyList<float[]?> biases, [Layout(TensorLayout.Oihw)] Span<float> weight, Span<float> bias)
    {
        Lengths.RequireKernels(nameof(BranchMerge) + "." + nameof(MergeKernels), _branches, "branch", weights, biases, Geometry, weight.Length, bias.Length);

        var g = Geometry;
        var w = new double[g.WeightLength];
        var b = new double[g.BiasLength];
        var outStart = 0;
        for (var i = 0; i < _branches.Length; i++)
        {
            var branch = _branches[i];
            var branchWeight = weights[i];
            var branchBias = biases[i];
            int inPer = branch.InChannelsPerGroup, outPer = branch.OutChannelsPerGroup, kh = branch.KernelHeight, kw = branch.KernelWidth;
            for (var o = 0; o < branch.OutChannels; o++)
            {
                var merged = outStart + o;
                var mergedFirstIn = merged / g.OutChannelsPerGroup * g.InChannelsPerGroup;
                var firstIn = o / outPer * inPer;
                if (b.Length > 0 && branchBias is { Length: > 0 }) b[merged] += branchBias[o];
                for (var il = 0; il < inPer; il++)
                for (var a = 0; a < kh; a++)
                {
                    var u = (_rowOffsets[i] + a * branch.DilationHeight) / g.DilationHeight;
                    for (var c = 0; c < kw; c++)
                    {
                        var v = (_columnOffsets[i] + c * branch.DilationWidth) / g.DilationWidth;
                        w[((merged * g.InChannelsPerGroup + firstIn + il - mergedFirstIn) * g.KernelHeight + u) * g.KernelWidth + v]
                            += branchWeight[((o * inPer + il) * kh + a) * kw + c];
                    }
                }
            }

            if (Kind == BranchKind.Concat) outStart += branch.OutChannels;
        }

        for (var i = 0; i < w.Length; i++) weight[i] = (float)w[i];
        for (var i = 0; i < b.Length; i++) bias[i] = (float)b[i];
    }

    /// <summary>Computes the merged weight and bias into new arrays; the bias is null when no branch has one.</summary>
    public (float[] Weight, float[]? Bias) MergeKernels(IReadOnlyList<float[]> weights, IReadOnlyList<float[]?> biases)
    {
        var weight = new float[Geometry.WeightLength];
        var bias = Geometry.HasBias ? new float[Geometry.BiasLength] : null;
        MergeKernels(weights, biases, weight, bias);
        return (weight, bias);
    }
}
