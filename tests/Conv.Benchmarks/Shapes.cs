using Conv;

namespace Conv.Benchmarks;

// The shapes of the performance issue, declared as a user would.
[Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)] public partial class SeedFirst;
[Conv2d(7, 3, 3, Padding = 2, InputHeight = 9, InputWidth = 9, Bias = false)] public partial class SeedSecond;
[Composite(typeof(SeedFirst), typeof(SeedSecond))] public partial class SeedComposite;
[Conv2d(1, 16, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class Mnist1To16;
[Conv2d(16, 32, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class Cnn16To32;
[Conv2d(64, 64, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Resnet64;
[Conv2d(32, 32, 3, Padding = 1, Groups = 32, InputHeight = 56, InputWidth = 56)] public partial class Depthwise32;
[Conv2d(32, 64, 3, Stride = 2, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class Strided32To64;
[Conv2d(64, 128, 1, InputHeight = 28, InputWidth = 28)] public partial class Pointwise64To128;
