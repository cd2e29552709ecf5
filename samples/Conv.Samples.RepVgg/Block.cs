using System;
using System.Linq;

namespace Conv.Samples.RepVgg;

// A RepVGG block as it is trained (RepVGG-A0's second stage: 96 channels at 56x56): a 3x3 conv and a 1x1 conv, each
// followed by a BatchNorm, and a BatchNorm alone on the identity path, added, then a ReLU. RepVggBlock is the one
// 3x3 conv equal to all of it, with the ReLU fused.

[Conv2d(96, 96, 3, Padding = 1, Bias = false, InputHeight = 56, InputWidth = 56)]
public partial class Conv3x3;

[BatchNorm2d(96, InputHeight = 56, InputWidth = 56)]
public partial class Bn3x3;

[Composite(typeof(Conv3x3), typeof(Bn3x3))]
public partial class Branch3x3;

[Conv2d(96, 96, 1, Bias = false, InputHeight = 56, InputWidth = 56)]
public partial class Conv1x1;

[BatchNorm2d(96, InputHeight = 56, InputWidth = 56)]
public partial class Bn1x1;

[Composite(typeof(Conv1x1), typeof(Bn1x1))]
public partial class Branch1x1;

[BatchNorm2d(96, InputHeight = 56, InputWidth = 56)]
public partial class BnIdentity;

[Sum(typeof(Branch3x3), typeof(Branch1x1), typeof(BnIdentity), Activation = Activation.Relu)]
public partial class RepVggBlock;

/// <summary>The block's layers with weights and statistics as training leaves them (none at its initial value), and both ways to run it.</summary>
public sealed class TrainedBlock
{
    public TrainedBlock(int seed)
    {
        var random = new Random(seed);
        float[] Values(int n, double scale, double offset = 0) => Enumerable.Range(0, n).Select(_ => (float)(offset + scale * (random.NextDouble() * 2 - 1))).ToArray();
        BatchNormLayer(out var bn3, 96);
        BatchNormLayer(out var bn1, 96);
        BatchNormLayer(out var bnIdentity, 96);
        Conv3x3 = new Conv3x3(Values(Conv3x3.WeightLength, 0.05));
        Conv1x1 = new Conv1x1(Values(Conv1x1.WeightLength, 0.1));
        Bn3x3 = new Bn3x3(bn3[0], bn3[1], bn3[2], bn3[3]);
        Bn1x1 = new Bn1x1(bn1[0], bn1[1], bn1[2], bn1[3]);
        BnIdentity = new BnIdentity(bnIdentity[0], bnIdentity[1], bnIdentity[2], bnIdentity[3]);
        Input = Values(Conv3x3.InputLength, 1);

        // gamma around 1, beta and the running mean around 0, the running variance positive.
        void BatchNormLayer(out float[][] arrays, int channels) =>
            arrays = new[] { Values(channels, 0.3, 1), Values(channels, 0.2), Values(channels, 0.2), Values(channels, 0.4, 0.6) };
    }

    public Conv3x3 Conv3x3 { get; }
    public Bn3x3 Bn3x3 { get; }
    public Conv1x1 Conv1x1 { get; }
    public Bn1x1 Bn1x1 { get; }
    public BnIdentity BnIdentity { get; }
    public float[] Input { get; }

    /// <summary>The merged block: one 3x3 conv with the ReLU fused, weights computed from the layers'.</summary>
    public RepVggBlock Merge() => RepVggBlock.Compose(Branch3x3.Compose(Conv3x3, Bn3x3), Branch1x1.Compose(Conv1x1, Bn1x1), BnIdentity);

    /// <summary>The block as trained: every layer on its own, the branches added, then the ReLU. Buffers are the caller's.</summary>
    public void RunBranches(float[] input, float[] a, float[] b, float[] c, float[] output)
    {
        Conv3x3.Forward(input, a);
        Bn3x3.Forward(a, b);
        Conv1x1.Forward(input, a);
        Bn1x1.Forward(a, c);
        BnIdentity.Forward(input, a);
        for (var i = 0; i < output.Length; i++) output[i] = Math.Max(a[i] + b[i] + c[i], 0f);
    }
}
