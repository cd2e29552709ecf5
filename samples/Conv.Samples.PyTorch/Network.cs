using Conv;

namespace Conv.Samples.PyTorch;

// The network as PyTorch defined it, by the module names of its state_dict:
//   nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
//                 nn.Conv2d(8, 4, 3, padding=1, bias=False), nn.BatchNorm2d(4), nn.ReLU(),
//                 nn.Conv2d(4, 2, 1))
// Each conv, its BatchNorm and its ReLU are one layer here: the composite folds them on load.

[Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12, Name = "0")]
public partial class Conv0;

[BatchNorm2d(8, InputHeight = 10, InputWidth = 12, Name = "1", Activation = Activation.Relu)]
public partial class Norm1;

[Composite(typeof(Conv0), typeof(Norm1))]
public partial class Block1;

[Conv2d(8, 4, 3, Padding = 1, Bias = false, InputHeight = 10, InputWidth = 12, Name = "3")]
public partial class Conv3;

[BatchNorm2d(4, InputHeight = 10, InputWidth = 12, Name = "4", Activation = Activation.Relu)]
public partial class Norm4;

[Composite(typeof(Conv3), typeof(Norm4))]
public partial class Block2;

[Conv2d(4, 2, 1, InputHeight = 10, InputWidth = 12, Name = "6")]
public partial class Head;

/// <summary>The network loaded from one state_dict: three generated layers.</summary>
public sealed class Network
{
    private readonly Block1 _block1;
    private readonly Block2 _block2;
    private readonly Head _head;

    public Network(SafeTensors tensors)
    {
        _block1 = Block1.Load(tensors);
        _block2 = Block2.Load(tensors);
        _head = Head.Load(tensors);
    }

    public float[] Forward(float[] input) => _head.Forward(_block2.Forward(_block1.Forward(input)));
}
