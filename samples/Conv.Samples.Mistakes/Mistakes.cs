using Conv;

namespace Conv.Samples.Mistakes;

[Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)]
public partial class ConvA;

[Conv2d(7, 3, 3, Padding = 2, InputHeight = 9, InputWidth = 9, Bias = false)]
public partial class ConvB;

// CONV001: not partial.
[Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)]
public class NotPartial { }

// CONV002: 6 input channels cannot be split into 4 groups.
[Conv2d(6, 8, 3, Groups = 4, InputHeight = 7, InputWidth = 7)]
public partial class BadGroups;

// CONV003: ConvB5 reads 5 channels, ConvA writes 7.
[Conv2d(5, 3, 3, InputHeight = 9, InputWidth = 9)]
public partial class ConvB5;

[Composite(typeof(ConvA), typeof(ConvB5))]
public partial class ChannelMismatch;

// CONV004: ConvA writes 9x9, Small reads 7x7.
[Conv2d(7, 3, 3, InputHeight = 7, InputWidth = 7)]
public partial class Small;

[Composite(typeof(ConvA), typeof(Small))]
public partial class SizeMismatch;

// CONV005: "same" padding twice: the border rows and columns differ from the sequence.
[Conv2d(4, 7, 3, Padding = 1, InputHeight = 10, InputWidth = 10)]
public partial class C5First;

[Conv2d(7, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 10)]
public partial class C5Second;

[Composite(typeof(C5First), typeof(C5Second))]
public partial class C5Composite;

// CONV007: string is no layer.
[Composite(typeof(ConvA), typeof(string))]
public partial class NotALayer;

// CONV008: a bottleneck composes into a dense 64 -> 64 kernel.
[Conv2d(64, 8, 1, InputHeight = 10, InputWidth = 10, Bias = false)]
public partial class Squeeze;

[Conv2d(8, 64, 3, InputHeight = 10, InputWidth = 10, Bias = false)]
public partial class Expand;

[Composite(typeof(Squeeze), typeof(Expand))]
public partial class SqueezeExpand;

// CONV009: a ReLU between two layers: no single conv equals the chain.
[Conv2d(8, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 10, Activation = Activation.Relu)]
public partial class ExpandRelu;

[BatchNorm2d(8, InputHeight = 10, InputWidth = 10)]
public partial class Norm8;

[Composite(typeof(ExpandRelu), typeof(Norm8))]
public partial class ReluInTheMiddle;

// CONV010: a residual connection around a layer that changes the channels (64 in, 8 out).
[Sum(typeof(Squeeze), typeof(Identity))]
public partial class ResidualOfOtherChannels;

public static class Usage
{
    // CONV006: a weight (OIHW) passed as an activation (NCHW): its out-channel axis read as the batch axis.
    public static float[] Confused(ConvA a, ConvB b) => b.Forward(a.Weight);

    // Right: the composite equals the sequence everywhere (full padding, no bias).
    public static float[] Right(ConvA a, ConvB b, float[] x) => b.Forward(a.Forward(x));
}
