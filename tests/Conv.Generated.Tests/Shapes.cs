using Conv;

// Declarations beyond the fixtures: no namespace, a struct, nested partial types, a composite of a composite.
[Conv2d(2, 3, 3, Padding = 1, InputHeight = 5, InputWidth = 6)]
public partial class GlobalLayer;

namespace Conv.Generated.Tests.Shapes
{
    [Conv2d(3, 4, 3, Stride = 2, Padding = 1, Groups = 1, InputHeight = 9, InputWidth = 9)]
    public partial struct StructLayer;

    public static partial class Outer
    {
        public partial class Inner
        {
            [Conv2d(2, 2, 1, InputHeight = 4, InputWidth = 4, Bias = false)]
            public partial class NestedLayer;
        }
    }

    [Conv2d(2, 4, 3, InputHeight = 12, InputWidth = 12)]
    public partial class Step1;

    [Conv2d(4, 4, 3, InputHeight = 10, InputWidth = 10)]
    public partial class Step2;

    [Conv2d(4, 3, 1, InputHeight = 8, InputWidth = 8)]
    public partial class Step3;

    [Composite(typeof(Step1), typeof(Step2))]
    public partial class Steps12;

    [Composite(typeof(Steps12), typeof(Step3))]
    public partial class Steps123;
}
