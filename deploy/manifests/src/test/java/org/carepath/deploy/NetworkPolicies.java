package org.carepath.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Kubernetes NetworkPolicy semantics for one namespace's policies: a pod no policy selects for a direction
 * is open in that direction; a selected pod admits only what some selecting policy's rule allows. Ports are
 * numeric (no named ports). Operator-managed pods are described by the labels their operators give them.
 */
final class NetworkPolicies {

    /** A pod (labels, namespace and that namespace's labels) or an address outside the cluster. */
    record Endpoint(Map<String, String> labels, String namespace, String address) {

        static Endpoint pod(Map<String, String> labels, String namespace) {
            return new Endpoint(labels, namespace, null);
        }

        static Endpoint external(String address) {
            return new Endpoint(Map.of(), null, address);
        }

        Map<String, String> namespaceLabels() {
            return namespace == null ? Map.of() : Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final List<NetworkPolicy> policies;
    private final String namespace;

    NetworkPolicies(List<NetworkPolicy> policies, String namespace) {
        this.policies = policies;
        this.namespace = namespace;
    }

    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return (to.address() != null || admits(to, from, port, protocol, true))
                && (from.address() != null || admits(from, to, port, protocol, false));
    }

    /** Whether {@code pod}'s policies let traffic in from (ingress) or out to (egress) {@code peer}. */
    private boolean admits(Endpoint pod, Endpoint peer, int port, String protocol, boolean ingress) {
        if (!namespace.equals(pod.namespace())) {
            return true;
        }
        boolean selected = false;
        for (NetworkPolicy policy : policies) {
            if (!matches(policy.getSpec().getPodSelector(), pod.labels()) || !governs(policy, ingress)) {
                continue;
            }
            selected = true;
            List<?> rules = ingress ? policy.getSpec().getIngress() : policy.getSpec().getEgress();
            for (Object rule : rules == null ? List.of() : rules) {
                List<NetworkPolicyPeer> peers = ingress
                        ? ((io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule) rule).getFrom()
                        : ((io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule) rule).getTo();
                List<NetworkPolicyPort> ports = ingress
                        ? ((io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule) rule).getPorts()
                        : ((io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule) rule).getPorts();
                if (anyPeer(peers, peer) && anyPort(ports, port, protocol)) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private static boolean governs(NetworkPolicy policy, boolean ingress) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types == null || types.isEmpty()) {
            return ingress || policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty();
        }
        return types.contains(ingress ? "Ingress" : "Egress");
    }

    private boolean anyPeer(List<NetworkPolicyPeer> peers, Endpoint peer) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer candidate : peers) {
            if (candidate.getIpBlock() != null) {
                if (peer.address() != null && inBlock(candidate.getIpBlock(), peer.address())) {
                    return true;
                }
                continue;
            }
            if (peer.address() != null) {
                continue;
            }
            boolean namespaceMatches = candidate.getNamespaceSelector() == null
                    ? namespace.equals(peer.namespace())
                    : matches(candidate.getNamespaceSelector(), peer.namespaceLabels());
            boolean podMatches = candidate.getPodSelector() == null || matches(candidate.getPodSelector(), peer.labels());
            if (namespaceMatches && podMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPort(List<NetworkPolicyPort> ports, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort candidate : ports) {
            String candidateProtocol = candidate.getProtocol() == null ? "TCP" : candidate.getProtocol();
            if (!candidateProtocol.equals(protocol)) {
                continue;
            }
            IntOrString value = candidate.getPort();
            if (value == null) {
                return true;
            }
            if (value.getIntVal() == null) {
                throw new IllegalStateException("named port " + value.getStrVal() + " is not evaluated by this test");
            }
            int end = candidate.getEndPort() == null ? value.getIntVal() : candidate.getEndPort();
            if (port >= value.getIntVal() && port <= end) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> required : selector.getMatchLabels().entrySet()) {
                if (!Objects.equals(labels.get(required.getKey()), required.getValue())) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new IllegalStateException("operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inBlock(IPBlock block, String address) {
        if (!inCidr(block.getCidr(), address)) {
            return false;
        }
        return block.getExcept() == null || block.getExcept().stream().noneMatch(except -> inCidr(except, address));
    }

    private static boolean inCidr(String cidr, String address) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(parts[0]) & mask) == (ipv4(address) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
