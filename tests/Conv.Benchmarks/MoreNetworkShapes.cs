using System.Collections.Generic;
using Conv;

namespace Conv.Benchmarks;

// Conv layers of other common networks (ResNet-50, ResNeXt-50, EfficientNet-B0, Inception-v3, AlexNet, YOLOv3, DeepLabV3,
// ConvNeXt-T, MobileNetV3, ShuffleNetV2, SSD, SqueezeNet) at their usual input sizes, with bias: the shapes the three
// listed networks do not have (5x5 and 7x7 depthwise, 1x7 and 7x1, 11x11 stride 4, dilation, groups of 4-32 channels,
// 1x1 inputs, odd sizes such as 299, 149, 73, 35, 17, 13). Run with CONV_BENCH_SHAPES=others (or words of their names).
[Conv2d(64, 64, 1, InputHeight = 56, InputWidth = 56)] public partial class More_resnet50_layer1_0_conv1;
[Conv2d(64, 256, 1, InputHeight = 56, InputWidth = 56)] public partial class More_resnet50_layer1_0_conv3;
[Conv2d(256, 64, 1, InputHeight = 56, InputWidth = 56)] public partial class More_resnet50_layer1_1_conv1;
[Conv2d(128, 128, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class More_resnet50_layer2_0_conv2;
[Conv2d(512, 128, 1, InputHeight = 28, InputWidth = 28)] public partial class More_resnet50_layer2_1_conv1;
[Conv2d(256, 1024, 1, InputHeight = 14, InputWidth = 14)] public partial class More_resnet50_layer3_0_conv3;
[Conv2d(1024, 256, 1, InputHeight = 14, InputWidth = 14)] public partial class More_resnet50_layer3_1_conv1;
[Conv2d(1024, 2048, 1, Stride = 2, InputHeight = 14, InputWidth = 14)] public partial class More_resnet50_layer4_0_downsample;
[Conv2d(512, 2048, 1, InputHeight = 7, InputWidth = 7)] public partial class More_resnet50_layer4_0_conv3;
[Conv2d(2048, 512, 1, InputHeight = 7, InputWidth = 7)] public partial class More_resnet50_layer4_1_conv1;
[Conv2d(128, 128, 3, Padding = 1, Groups = 32, InputHeight = 56, InputWidth = 56)] public partial class More_resnext50_layer1_g32;
[Conv2d(512, 512, 3, Padding = 1, Groups = 32, InputHeight = 14, InputWidth = 14)] public partial class More_resnext50_layer3_g32;
[Conv2d(1024, 1024, 3, Padding = 1, Groups = 32, InputHeight = 7, InputWidth = 7)] public partial class More_resnext50_layer4_g32;
[Conv2d(144, 144, 5, Stride = 2, Padding = 2, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class More_efficientnet_b0_dw144k5s2_56;
[Conv2d(240, 240, 5, Padding = 2, Groups = 240, InputHeight = 28, InputWidth = 28)] public partial class More_efficientnet_b0_dw240k5_28;
[Conv2d(672, 672, 5, Stride = 2, Padding = 2, Groups = 672, InputHeight = 14, InputWidth = 14)] public partial class More_efficientnet_b0_dw672k5s2_14;
[Conv2d(1152, 1152, 5, Padding = 2, Groups = 1152, InputHeight = 7, InputWidth = 7)] public partial class More_efficientnet_b0_dw1152k5_7;
[Conv2d(1152, 48, 1, InputHeight = 1, InputWidth = 1)] public partial class More_efficientnet_b0_se1152_48_1;
[Conv2d(48, 1152, 1, InputHeight = 1, InputWidth = 1)] public partial class More_efficientnet_b0_se48_1152_1;
[Conv2d(3, 32, 3, Stride = 2, InputHeight = 299, InputWidth = 299)] public partial class More_inception_v3_Conv2d_1a;
[Conv2d(32, 32, 3, InputHeight = 149, InputWidth = 149)] public partial class More_inception_v3_Conv2d_2a;
[Conv2d(80, 192, 3, InputHeight = 73, InputWidth = 73)] public partial class More_inception_v3_Conv2d_4a;
[Conv2d(48, 64, 5, Padding = 2, InputHeight = 35, InputWidth = 35)] public partial class More_inception_v3_Mixed_5b_5x5;
[Conv2d(288, 384, 3, Stride = 2, InputHeight = 35, InputWidth = 35)] public partial class More_inception_v3_Mixed_6a;
[Conv2d(128, 128, 1, KernelHeight = 1, KernelWidth = 7, PaddingHeight = 0, PaddingWidth = 3, InputHeight = 17, InputWidth = 17)] public partial class More_inception_v3_Mixed_6b_1x7;
[Conv2d(128, 192, 1, KernelHeight = 7, KernelWidth = 1, PaddingHeight = 3, PaddingWidth = 0, InputHeight = 17, InputWidth = 17)] public partial class More_inception_v3_Mixed_6b_7x1;
[Conv2d(448, 384, 3, Padding = 1, InputHeight = 8, InputWidth = 8)] public partial class More_inception_v3_Mixed_7b_3x3;
[Conv2d(384, 384, 1, KernelHeight = 1, KernelWidth = 3, PaddingHeight = 0, PaddingWidth = 1, InputHeight = 8, InputWidth = 8)] public partial class More_inception_v3_Mixed_7b_1x3;
[Conv2d(3, 64, 11, Stride = 4, Padding = 2, InputHeight = 224, InputWidth = 224)] public partial class More_alexnet_features_0;
[Conv2d(64, 192, 5, Padding = 2, InputHeight = 27, InputWidth = 27)] public partial class More_alexnet_features_3;
[Conv2d(192, 384, 3, Padding = 1, InputHeight = 13, InputWidth = 13)] public partial class More_alexnet_features_6;
[Conv2d(512, 1024, 3, Padding = 1, InputHeight = 13, InputWidth = 13)] public partial class More_yolov3_512_1024_13;
[Conv2d(128, 256, 3, Padding = 1, InputHeight = 52, InputWidth = 52)] public partial class More_yolov3_128_256_52;
[Conv2d(256, 256, 3, Padding = 2, Dilation = 2, InputHeight = 28, InputWidth = 28)] public partial class More_deeplabv3_layer3_d2;
[Conv2d(512, 512, 3, Padding = 4, Dilation = 4, InputHeight = 28, InputWidth = 28)] public partial class More_deeplabv3_layer4_d4;
[Conv2d(3, 96, 4, Stride = 4, InputHeight = 224, InputWidth = 224)] public partial class More_convnext_t_stem;
[Conv2d(96, 96, 7, Padding = 3, Groups = 96, InputHeight = 56, InputWidth = 56)] public partial class More_convnext_t_dw96k7_56;
[Conv2d(768, 768, 7, Padding = 3, Groups = 768, InputHeight = 7, InputWidth = 7)] public partial class More_convnext_t_dw768k7_7;
[Conv2d(72, 72, 5, Stride = 2, Padding = 2, Groups = 72, InputHeight = 56, InputWidth = 56)] public partial class More_mobilenetv3_dw72k5s2_56;
[Conv2d(116, 116, 3, Padding = 1, Groups = 116, InputHeight = 28, InputWidth = 28)] public partial class More_shufflenetv2_dw116_28;
[Conv2d(116, 116, 1, InputHeight = 28, InputWidth = 28)] public partial class More_shufflenetv2_pw116_28;
[Conv2d(1024, 1024, 1, InputHeight = 19, InputWidth = 19)] public partial class More_ssd_vgg16_conv7_1024_19;
[Conv2d(16, 64, 3, Padding = 1, InputHeight = 55, InputWidth = 55)] public partial class More_squeezenet_fire2_expand3x3;

public static class MoreNetworkShapes
{
    public static readonly IReadOnlyDictionary<string, Shape> All = new Dictionary<string, Shape>
    {
        ["resnet50 layer1.0.conv1 64x56x56*64x64x1x1"] = new("resnet50 layer1.0.conv1 64x56x56*64x64x1x1", new(64, 64, 1, 1, 56, 56, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer1_0_conv1(w, b).Forward, (w, b) => new More_resnet50_layer1_0_conv1(w, b).Forward),
        ["resnet50 layer1.0.conv3 64x56x56*256x64x1x1"] = new("resnet50 layer1.0.conv3 64x56x56*256x64x1x1", new(64, 256, 1, 1, 56, 56, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer1_0_conv3(w, b).Forward, (w, b) => new More_resnet50_layer1_0_conv3(w, b).Forward),
        ["resnet50 layer1.1.conv1 256x56x56*64x256x1x1"] = new("resnet50 layer1.1.conv1 256x56x56*64x256x1x1", new(256, 64, 1, 1, 56, 56, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer1_1_conv1(w, b).Forward, (w, b) => new More_resnet50_layer1_1_conv1(w, b).Forward),
        ["resnet50 layer2.0.conv2 128x56x56*128x128x3x3 s2 p1"] = new("resnet50 layer2.0.conv2 128x56x56*128x128x3x3 s2 p1", new(128, 128, 3, 3, 56, 56, 2, 2, 1, 1, 1, 1, groups: 1), (w, b) => new More_resnet50_layer2_0_conv2(w, b).Forward, (w, b) => new More_resnet50_layer2_0_conv2(w, b).Forward),
        ["resnet50 layer2.1.conv1 512x28x28*128x512x1x1"] = new("resnet50 layer2.1.conv1 512x28x28*128x512x1x1", new(512, 128, 1, 1, 28, 28, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer2_1_conv1(w, b).Forward, (w, b) => new More_resnet50_layer2_1_conv1(w, b).Forward),
        ["resnet50 layer3.0.conv3 256x14x14*1024x256x1x1"] = new("resnet50 layer3.0.conv3 256x14x14*1024x256x1x1", new(256, 1024, 1, 1, 14, 14, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer3_0_conv3(w, b).Forward, (w, b) => new More_resnet50_layer3_0_conv3(w, b).Forward),
        ["resnet50 layer3.1.conv1 1024x14x14*256x1024x1x1"] = new("resnet50 layer3.1.conv1 1024x14x14*256x1024x1x1", new(1024, 256, 1, 1, 14, 14, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer3_1_conv1(w, b).Forward, (w, b) => new More_resnet50_layer3_1_conv1(w, b).Forward),
        ["resnet50 layer4.0.downsample 1024x14x14*2048x1024x1x1 s2"] = new("resnet50 layer4.0.downsample 1024x14x14*2048x1024x1x1 s2", new(1024, 2048, 1, 1, 14, 14, 2, 2, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer4_0_downsample(w, b).Forward, (w, b) => new More_resnet50_layer4_0_downsample(w, b).Forward),
        ["resnet50 layer4.0.conv3 512x7x7*2048x512x1x1"] = new("resnet50 layer4.0.conv3 512x7x7*2048x512x1x1", new(512, 2048, 1, 1, 7, 7, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer4_0_conv3(w, b).Forward, (w, b) => new More_resnet50_layer4_0_conv3(w, b).Forward),
        ["resnet50 layer4.1.conv1 2048x7x7*512x2048x1x1"] = new("resnet50 layer4.1.conv1 2048x7x7*512x2048x1x1", new(2048, 512, 1, 1, 7, 7, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_resnet50_layer4_1_conv1(w, b).Forward, (w, b) => new More_resnet50_layer4_1_conv1(w, b).Forward),
        ["resnext50 layer1 g32 128x56x56*128x4x3x3 p1 g32"] = new("resnext50 layer1 g32 128x56x56*128x4x3x3 p1 g32", new(128, 128, 3, 3, 56, 56, 1, 1, 1, 1, 1, 1, groups: 32), (w, b) => new More_resnext50_layer1_g32(w, b).Forward, (w, b) => new More_resnext50_layer1_g32(w, b).Forward),
        ["resnext50 layer3 g32 512x14x14*512x16x3x3 p1 g32"] = new("resnext50 layer3 g32 512x14x14*512x16x3x3 p1 g32", new(512, 512, 3, 3, 14, 14, 1, 1, 1, 1, 1, 1, groups: 32), (w, b) => new More_resnext50_layer3_g32(w, b).Forward, (w, b) => new More_resnext50_layer3_g32(w, b).Forward),
        ["resnext50 layer4 g32 1024x7x7*1024x32x3x3 p1 g32"] = new("resnext50 layer4 g32 1024x7x7*1024x32x3x3 p1 g32", new(1024, 1024, 3, 3, 7, 7, 1, 1, 1, 1, 1, 1, groups: 32), (w, b) => new More_resnext50_layer4_g32(w, b).Forward, (w, b) => new More_resnext50_layer4_g32(w, b).Forward),
        ["efficientnet-b0 dw144k5s2@56 144x56x56*144x1x5x5 s2 p2 g144"] = new("efficientnet-b0 dw144k5s2@56 144x56x56*144x1x5x5 s2 p2 g144", new(144, 144, 5, 5, 56, 56, 2, 2, 2, 2, 1, 1, groups: 144), (w, b) => new More_efficientnet_b0_dw144k5s2_56(w, b).Forward, (w, b) => new More_efficientnet_b0_dw144k5s2_56(w, b).Forward),
        ["efficientnet-b0 dw240k5@28 240x28x28*240x1x5x5 p2 g240"] = new("efficientnet-b0 dw240k5@28 240x28x28*240x1x5x5 p2 g240", new(240, 240, 5, 5, 28, 28, 1, 1, 2, 2, 1, 1, groups: 240), (w, b) => new More_efficientnet_b0_dw240k5_28(w, b).Forward, (w, b) => new More_efficientnet_b0_dw240k5_28(w, b).Forward),
        ["efficientnet-b0 dw672k5s2@14 672x14x14*672x1x5x5 s2 p2 g672"] = new("efficientnet-b0 dw672k5s2@14 672x14x14*672x1x5x5 s2 p2 g672", new(672, 672, 5, 5, 14, 14, 2, 2, 2, 2, 1, 1, groups: 672), (w, b) => new More_efficientnet_b0_dw672k5s2_14(w, b).Forward, (w, b) => new More_efficientnet_b0_dw672k5s2_14(w, b).Forward),
        ["efficientnet-b0 dw1152k5@7 1152x7x7*1152x1x5x5 p2 g1152"] = new("efficientnet-b0 dw1152k5@7 1152x7x7*1152x1x5x5 p2 g1152", new(1152, 1152, 5, 5, 7, 7, 1, 1, 2, 2, 1, 1, groups: 1152), (w, b) => new More_efficientnet_b0_dw1152k5_7(w, b).Forward, (w, b) => new More_efficientnet_b0_dw1152k5_7(w, b).Forward),
        ["efficientnet-b0 se1152-48@1 1152x1x1*48x1152x1x1"] = new("efficientnet-b0 se1152-48@1 1152x1x1*48x1152x1x1", new(1152, 48, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_efficientnet_b0_se1152_48_1(w, b).Forward, (w, b) => new More_efficientnet_b0_se1152_48_1(w, b).Forward),
        ["efficientnet-b0 se48-1152@1 48x1x1*1152x48x1x1"] = new("efficientnet-b0 se48-1152@1 48x1x1*1152x48x1x1", new(48, 1152, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_efficientnet_b0_se48_1152_1(w, b).Forward, (w, b) => new More_efficientnet_b0_se48_1152_1(w, b).Forward),
        ["inception-v3 Conv2d_1a 3x299x299*32x3x3x3 s2"] = new("inception-v3 Conv2d_1a 3x299x299*32x3x3x3 s2", new(3, 32, 3, 3, 299, 299, 2, 2, 0, 0, 1, 1, groups: 1), (w, b) => new More_inception_v3_Conv2d_1a(w, b).Forward, (w, b) => new More_inception_v3_Conv2d_1a(w, b).Forward),
        ["inception-v3 Conv2d_2a 32x149x149*32x32x3x3"] = new("inception-v3 Conv2d_2a 32x149x149*32x32x3x3", new(32, 32, 3, 3, 149, 149, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_inception_v3_Conv2d_2a(w, b).Forward, (w, b) => new More_inception_v3_Conv2d_2a(w, b).Forward),
        ["inception-v3 Conv2d_4a 80x73x73*192x80x3x3"] = new("inception-v3 Conv2d_4a 80x73x73*192x80x3x3", new(80, 192, 3, 3, 73, 73, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_inception_v3_Conv2d_4a(w, b).Forward, (w, b) => new More_inception_v3_Conv2d_4a(w, b).Forward),
        ["inception-v3 Mixed_5b 5x5 48x35x35*64x48x5x5 p2"] = new("inception-v3 Mixed_5b 5x5 48x35x35*64x48x5x5 p2", new(48, 64, 5, 5, 35, 35, 1, 1, 2, 2, 1, 1, groups: 1), (w, b) => new More_inception_v3_Mixed_5b_5x5(w, b).Forward, (w, b) => new More_inception_v3_Mixed_5b_5x5(w, b).Forward),
        ["inception-v3 Mixed_6a 288x35x35*384x288x3x3 s2"] = new("inception-v3 Mixed_6a 288x35x35*384x288x3x3 s2", new(288, 384, 3, 3, 35, 35, 2, 2, 0, 0, 1, 1, groups: 1), (w, b) => new More_inception_v3_Mixed_6a(w, b).Forward, (w, b) => new More_inception_v3_Mixed_6a(w, b).Forward),
        ["inception-v3 Mixed_6b 1x7 128x17x17*128x128x1x7 p0,3"] = new("inception-v3 Mixed_6b 1x7 128x17x17*128x128x1x7 p0,3", new(128, 128, 1, 7, 17, 17, 1, 1, 0, 3, 1, 1, groups: 1), (w, b) => new More_inception_v3_Mixed_6b_1x7(w, b).Forward, (w, b) => new More_inception_v3_Mixed_6b_1x7(w, b).Forward),
        ["inception-v3 Mixed_6b 7x1 128x17x17*192x128x7x1 p3,0"] = new("inception-v3 Mixed_6b 7x1 128x17x17*192x128x7x1 p3,0", new(128, 192, 7, 1, 17, 17, 1, 1, 3, 0, 1, 1, groups: 1), (w, b) => new More_inception_v3_Mixed_6b_7x1(w, b).Forward, (w, b) => new More_inception_v3_Mixed_6b_7x1(w, b).Forward),
        ["inception-v3 Mixed_7b 3x3 448x8x8*384x448x3x3 p1"] = new("inception-v3 Mixed_7b 3x3 448x8x8*384x448x3x3 p1", new(448, 384, 3, 3, 8, 8, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new More_inception_v3_Mixed_7b_3x3(w, b).Forward, (w, b) => new More_inception_v3_Mixed_7b_3x3(w, b).Forward),
        ["inception-v3 Mixed_7b 1x3 384x8x8*384x384x1x3 p0,1"] = new("inception-v3 Mixed_7b 1x3 384x8x8*384x384x1x3 p0,1", new(384, 384, 1, 3, 8, 8, 1, 1, 0, 1, 1, 1, groups: 1), (w, b) => new More_inception_v3_Mixed_7b_1x3(w, b).Forward, (w, b) => new More_inception_v3_Mixed_7b_1x3(w, b).Forward),
        ["alexnet features.0 3x224x224*64x3x11x11 s4 p2"] = new("alexnet features.0 3x224x224*64x3x11x11 s4 p2", new(3, 64, 11, 11, 224, 224, 4, 4, 2, 2, 1, 1, groups: 1), (w, b) => new More_alexnet_features_0(w, b).Forward, (w, b) => new More_alexnet_features_0(w, b).Forward),
        ["alexnet features.3 64x27x27*192x64x5x5 p2"] = new("alexnet features.3 64x27x27*192x64x5x5 p2", new(64, 192, 5, 5, 27, 27, 1, 1, 2, 2, 1, 1, groups: 1), (w, b) => new More_alexnet_features_3(w, b).Forward, (w, b) => new More_alexnet_features_3(w, b).Forward),
        ["alexnet features.6 192x13x13*384x192x3x3 p1"] = new("alexnet features.6 192x13x13*384x192x3x3 p1", new(192, 384, 3, 3, 13, 13, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new More_alexnet_features_6(w, b).Forward, (w, b) => new More_alexnet_features_6(w, b).Forward),
        ["yolov3 512-1024@13 512x13x13*1024x512x3x3 p1"] = new("yolov3 512-1024@13 512x13x13*1024x512x3x3 p1", new(512, 1024, 3, 3, 13, 13, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new More_yolov3_512_1024_13(w, b).Forward, (w, b) => new More_yolov3_512_1024_13(w, b).Forward),
        ["yolov3 128-256@52 128x52x52*256x128x3x3 p1"] = new("yolov3 128-256@52 128x52x52*256x128x3x3 p1", new(128, 256, 3, 3, 52, 52, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new More_yolov3_128_256_52(w, b).Forward, (w, b) => new More_yolov3_128_256_52(w, b).Forward),
        ["deeplabv3 layer3 d2 256x28x28*256x256x3x3 p2 d2"] = new("deeplabv3 layer3 d2 256x28x28*256x256x3x3 p2 d2", new(256, 256, 3, 3, 28, 28, 1, 1, 2, 2, 2, 2, groups: 1), (w, b) => new More_deeplabv3_layer3_d2(w, b).Forward, (w, b) => new More_deeplabv3_layer3_d2(w, b).Forward),
        ["deeplabv3 layer4 d4 512x28x28*512x512x3x3 p4 d4"] = new("deeplabv3 layer4 d4 512x28x28*512x512x3x3 p4 d4", new(512, 512, 3, 3, 28, 28, 1, 1, 4, 4, 4, 4, groups: 1), (w, b) => new More_deeplabv3_layer4_d4(w, b).Forward, (w, b) => new More_deeplabv3_layer4_d4(w, b).Forward),
        ["convnext-t stem 3x224x224*96x3x4x4 s4"] = new("convnext-t stem 3x224x224*96x3x4x4 s4", new(3, 96, 4, 4, 224, 224, 4, 4, 0, 0, 1, 1, groups: 1), (w, b) => new More_convnext_t_stem(w, b).Forward, (w, b) => new More_convnext_t_stem(w, b).Forward),
        ["convnext-t dw96k7@56 96x56x56*96x1x7x7 p3 g96"] = new("convnext-t dw96k7@56 96x56x56*96x1x7x7 p3 g96", new(96, 96, 7, 7, 56, 56, 1, 1, 3, 3, 1, 1, groups: 96), (w, b) => new More_convnext_t_dw96k7_56(w, b).Forward, (w, b) => new More_convnext_t_dw96k7_56(w, b).Forward),
        ["convnext-t dw768k7@7 768x7x7*768x1x7x7 p3 g768"] = new("convnext-t dw768k7@7 768x7x7*768x1x7x7 p3 g768", new(768, 768, 7, 7, 7, 7, 1, 1, 3, 3, 1, 1, groups: 768), (w, b) => new More_convnext_t_dw768k7_7(w, b).Forward, (w, b) => new More_convnext_t_dw768k7_7(w, b).Forward),
        ["mobilenetv3 dw72k5s2@56 72x56x56*72x1x5x5 s2 p2 g72"] = new("mobilenetv3 dw72k5s2@56 72x56x56*72x1x5x5 s2 p2 g72", new(72, 72, 5, 5, 56, 56, 2, 2, 2, 2, 1, 1, groups: 72), (w, b) => new More_mobilenetv3_dw72k5s2_56(w, b).Forward, (w, b) => new More_mobilenetv3_dw72k5s2_56(w, b).Forward),
        ["shufflenetv2 dw116@28 116x28x28*116x1x3x3 p1 g116"] = new("shufflenetv2 dw116@28 116x28x28*116x1x3x3 p1 g116", new(116, 116, 3, 3, 28, 28, 1, 1, 1, 1, 1, 1, groups: 116), (w, b) => new More_shufflenetv2_dw116_28(w, b).Forward, (w, b) => new More_shufflenetv2_dw116_28(w, b).Forward),
        ["shufflenetv2 pw116@28 116x28x28*116x116x1x1"] = new("shufflenetv2 pw116@28 116x28x28*116x116x1x1", new(116, 116, 1, 1, 28, 28, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_shufflenetv2_pw116_28(w, b).Forward, (w, b) => new More_shufflenetv2_pw116_28(w, b).Forward),
        ["ssd-vgg16 conv7 1024@19 1024x19x19*1024x1024x1x1"] = new("ssd-vgg16 conv7 1024@19 1024x19x19*1024x1024x1x1", new(1024, 1024, 1, 1, 19, 19, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new More_ssd_vgg16_conv7_1024_19(w, b).Forward, (w, b) => new More_ssd_vgg16_conv7_1024_19(w, b).Forward),
        ["squeezenet fire2 expand3x3 16x55x55*64x16x3x3 p1"] = new("squeezenet fire2 expand3x3 16x55x55*64x16x3x3 p1", new(16, 64, 3, 3, 55, 55, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new More_squeezenet_fire2_expand3x3(w, b).Forward, (w, b) => new More_squeezenet_fire2_expand3x3(w, b).Forward),
    };
}
