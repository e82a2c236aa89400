package dev.flightpath.analyzers.flame;

import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the recording's frames to flame-graph labels: interned, so frames that look the same (a
 * method on different lines without {@code lines}) share one label.
 */
final class FrameLabels {
    static final String NO_STACK_NAME = "[no stack]";

    private final StackTable stacks;
    private final boolean lines;
    private final boolean simple;
    private final int[] labelOfFrame;
    private final List<FlameLabel> labels = new ArrayList<>();
    private final Map<FlameLabel, Integer> labelIds = new HashMap<>();

    FrameLabels(StackTable stacks, boolean lines, boolean simple) {
        this.stacks = stacks;
        this.lines = lines;
        this.simple = simple;
        labelOfFrame = new int[stacks.frameCount()];
        Arrays.fill(labelOfFrame, -1);
    }

    int ofFrame(int frameId) {
        int id = labelOfFrame[frameId];
        if (id < 0) {
            Frame frame = stacks.frame(frameId);
            String name = simple ? simpleName(frame.name(), frame.type()) : frame.name();
            if (lines && frame.lineNumber() > 0) {
                name = name + ":" + frame.lineNumber();
            }
            id = intern(new FlameLabel(name, FlameLabel.Kind.of(frame.type())));
            labelOfFrame[frameId] = id;
        }
        return id;
    }

    int intern(FlameLabel label) {
        Integer id = labelIds.get(label);
        if (id == null) {
            id = labels.size();
            labels.add(label);
            labelIds.put(label, id);
        }
        return id;
    }

    FlameLabel label(int labelId) {
        return labels.get(labelId);
    }

    List<FlameLabel> all() {
        return List.copyOf(labels);
    }

    /**
     * {@code com.acme.Parser.parse} → {@code Parser.parse}; a class leaf {@code java.lang.String} →
     * {@code String}; native, C++ and kernel symbols are left alone.
     */
    static String simpleName(String name, FrameType type) {
        switch (type) {
            case NATIVE:
            case CPP:
            case KERNEL:
                return name;
            case ALLOCATED_CLASS:
            case LOCK_CLASS:
                return simpleClassName(name);
            default:
                int methodDot = name.lastIndexOf('.');
                if (methodDot <= 0) {
                    return name;
                }
                int packageDot = name.lastIndexOf('.', methodDot - 1);
                // Hidden classes read "pkg.Outer$$Lambda$156.0x00000008011c7c30": the address belongs to the class.
                while (packageDot > 0 && name.startsWith("0x", packageDot + 1)) {
                    packageDot = name.lastIndexOf('.', packageDot - 1);
                }
                return packageDot < 0 ? name : name.substring(packageDot + 1);
        }
    }

    private static String simpleClassName(String name) {
        if (name.startsWith("[")) {
            return name; // an array descriptor such as [Ljava.lang.Object; reads wrongly cut short
        }
        int dot = name.lastIndexOf('.');
        while (dot > 0 && name.startsWith("0x", dot + 1)) {
            dot = name.lastIndexOf('.', dot - 1);
        }
        return name.substring(dot + 1);
    }
}
