using Conv;

namespace Conv.Samples.ImageFilter;

// One colour plane of a 256x256 picture at a time: the three planes run as a batch of 3.
[Conv2d(1, 1, 5, Padding = 2, InputHeight = 256, InputWidth = 256, Bias = false)]
public partial class Blur5x5;

[Conv2d(1, 1, 3, Padding = 1, InputHeight = 256, InputWidth = 256, Bias = false)]
public partial class Laplacian3x3;

// "Same" padding twice: the composite differs from the sequence on the outermost rows and columns
// (CONV005), and on one channel a 7x7 kernel costs 49 multiply-adds a pixel against 25 + 9 for the two
// layers (CONV008). Both are what this sample shows, so both are acknowledged here: the program prints the
// exact region and the times. Composing pays when the layers between have many channels.
#pragma warning disable CONV005, CONV008
[Composite(typeof(Blur5x5), typeof(Laplacian3x3))]
public partial class BlurThenEdges;
#pragma warning restore CONV005, CONV008
