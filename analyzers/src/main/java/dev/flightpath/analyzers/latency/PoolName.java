package dev.flightpath.analyzers.latency;

/** The pool a thread belongs to, told from its name: the name without its trailing number. */
final class PoolName {
    private PoolName() {
    }

    /**
     * {@code pool-2-thread-7} → {@code pool-2-thread}; {@code worker 12} → {@code worker};
     * a name without a trailing number, or made only of digits, stays as it is, and so does one
     * whose trailing number follows a '.', ':' or '/' (an address, a port or a version, not a
     * worker index: {@code RMI TCP Connection(2)-10.0.2.100}).
     */
    static String of(String threadName) {
        int end = threadName.length();
        while (end > 0 && Character.isDigit(threadName.charAt(end - 1))) {
            end--;
        }
        if (end == threadName.length() || end > 0 && ".:/".indexOf(threadName.charAt(end - 1)) >= 0) {
            return threadName;
        }
        while (end > 0 && "-_ #".indexOf(threadName.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == 0 ? threadName : threadName.substring(0, end);
    }
}
