using Conv;

namespace Conv.Samples.Seed;

// The two layers and their composite, declared once; the generator writes the rest.
[Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)]
public partial class ConvA;

[Conv2d(7, 3, 3, Padding = 2, InputHeight = 9, InputWidth = 9, Bias = false)]
public partial class ConvB;

[Composite(typeof(ConvA), typeof(ConvB))]   // data-flow order: ConvA runs first
public partial class ConvAB;

// "Same" padding on both layers, with biases: exact only away from the border.
[Conv2d(4, 7, 3, Padding = 1, InputHeight = 10, InputWidth = 10)]
public partial class SameFirst;

[Conv2d(7, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 10)]
public partial class SameSecond;

[Composite(typeof(SameFirst), typeof(SameSecond))]
public partial class SameComposite;
