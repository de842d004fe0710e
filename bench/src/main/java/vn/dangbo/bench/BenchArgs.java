package vn.dangbo.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A benchmark's command line: "--name value" options and the "--fresh" flag; anything else is refused. */
record BenchArgs(Map<String, String> values, boolean fresh) {

    static BenchArgs parse(String[] args, Set<String> known) {
        Map<String, String> v = new LinkedHashMap<>();
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--fresh")) {
                fresh = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                v.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Set<String> unknown = new TreeSet<>(v.keySet());
        unknown.removeAll(known);
        unknown.remove("root");
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + unknown);
        }
        return new BenchArgs(v, fresh);
    }

    int integer(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
    }

    /** The repository root (--root, default the current folder). */
    Path root() {
        return Path.of(values.getOrDefault("root", ".")).toAbsolutePath().normalize();
    }
}
