package kubecheck

import (
	"fmt"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	"k8s.io/apimachinery/pkg/api/validation/path"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation"
)

// The rules below are a small part of what the API server's validation checks and strict decoding cannot: names,
// ports, probes, selectors, a few enumerations. deploy/README.md lists them; keep the two in step.

// problems collects the problems of one document.
type problems []Problem

func (p *problems) add(path, format string, args ...any) {
	*p = append(*p, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (p *problems) addAll(path string, messages []string) {
	for _, m := range messages {
		p.add(path, "%s", m)
	}
}

// podTemplate and selection are what the cross-document rules need: which pods the input creates, and which
// pods its Services and PodDisruptionBudgets select.
type podTemplate struct {
	namespace string
	labels    labels.Set
}

type selection struct {
	namespace string
	path      string
	selector  labels.Selector
}

type references struct {
	templates  []podTemplate
	selections []selection
}

// nameRule is the rule an object's name follows: a DNS-1123 subdomain for most kinds, the stricter DNS-1035 label
// for a Service, and for RBAC objects only a valid path segment (names such as "system:auth-delegator").
type nameRule int

const (
	subdomainName nameRule = iota
	serviceName
	pathSegmentName
)

func nameRuleOf(gvk schema.GroupVersionKind) nameRule {
	switch {
	case gvk.Group == "" && gvk.Kind == "Service":
		return serviceName
	case gvk.Group == rbacv1.GroupName:
		return pathSegmentName
	}
	return subdomainName
}

// checkMetadata applies the rules every object's metadata follows.
func checkMetadata(meta metav1.Object, rule nameRule, p *problems) {
	switch {
	case meta.GetName() == "":
		p.add("metadata.name", "required")
	case rule == serviceName:
		p.addAll("metadata.name", validation.IsDNS1035Label(meta.GetName()))
	case rule == pathSegmentName:
		p.addAll("metadata.name", path.ValidatePathSegmentName(meta.GetName(), false))
	default:
		p.addAll("metadata.name", validation.IsDNS1123Subdomain(meta.GetName()))
	}
	if meta.GetNamespace() != "" {
		p.addAll("metadata.namespace", validation.IsDNS1123Label(meta.GetNamespace()))
	}
	checkLabels("metadata.labels", meta.GetLabels(), p)
	for key := range meta.GetAnnotations() {
		p.addAll("metadata.annotations."+key, validation.IsQualifiedName(strings.ToLower(key)))
	}
}

func checkLabels(path string, set map[string]string, p *problems) {
	for key, value := range set {
		p.addAll(path+"."+key, validation.IsQualifiedName(key))
		p.addAll(path+"."+key, validation.IsValidLabelValue(value))
	}
}

// checkBuiltin applies the rules for obj's kind and records its pod templates and selectors in refs.
func checkBuiltin(obj runtime.Object, refs *references, p *problems) {
	switch o := obj.(type) {
	case *appsv1.Deployment:
		checkWorkload(&o.ObjectMeta, o.Spec.Selector, &o.Spec.Template, "spec", refs, p)
		checkReplicas(o.Spec.Replicas, p)
	case *appsv1.StatefulSet:
		checkWorkload(&o.ObjectMeta, o.Spec.Selector, &o.Spec.Template, "spec", refs, p)
		checkReplicas(o.Spec.Replicas, p)
	case *appsv1.DaemonSet:
		checkWorkload(&o.ObjectMeta, o.Spec.Selector, &o.Spec.Template, "spec", refs, p)
	case *appsv1.ReplicaSet:
		checkWorkload(&o.ObjectMeta, o.Spec.Selector, &o.Spec.Template, "spec", refs, p)
	case *batchv1.Job:
		checkJobTemplate(&o.Spec.Template, "spec.template", p)
		refs.templates = append(refs.templates, podTemplate{o.Namespace, o.Spec.Template.Labels})
	case *batchv1.CronJob:
		checkJobTemplate(&o.Spec.JobTemplate.Spec.Template, "spec.jobTemplate.spec.template", p)
	case *corev1.Pod:
		checkPodSpec(&o.Spec, "spec", p)
		refs.templates = append(refs.templates, podTemplate{o.Namespace, o.Labels})
	case *corev1.Service:
		checkService(o, refs, p)
	case *corev1.ConfigMap:
		for key := range o.Data {
			p.addAll("data."+key, validation.IsConfigMapKey(key))
		}
		for key := range o.BinaryData {
			p.addAll("binaryData."+key, validation.IsConfigMapKey(key))
		}
	case *corev1.Secret:
		// The values of data were checked as base64 by decoding; the keys follow the ConfigMap rule.
		for key := range o.Data {
			p.addAll("data."+key, validation.IsConfigMapKey(key))
		}
		for key := range o.StringData {
			p.addAll("stringData."+key, validation.IsConfigMapKey(key))
		}
	case *corev1.PersistentVolumeClaim:
		if len(o.Spec.AccessModes) == 0 {
			p.add("spec.accessModes", "required")
		}
		if _, ok := o.Spec.Resources.Requests[corev1.ResourceStorage]; !ok {
			p.add("spec.resources.requests.storage", "required")
		}
	case *policyv1.PodDisruptionBudget:
		checkDisruptionBudget(o, refs, p)
	case *networkingv1.NetworkPolicy:
		checkNetworkPolicy(o, p)
	case *networkingv1.Ingress:
		checkIngress(o, p)
	case *rbacv1.RoleBinding:
		checkRoleBinding(o.RoleRef, o.Subjects, p)
	case *rbacv1.ClusterRoleBinding:
		checkRoleBinding(o.RoleRef, o.Subjects, p)
	}
}

func checkReplicas(replicas *int32, p *problems) {
	if replicas != nil && *replicas < 0 {
		p.add("spec.replicas", "must be greater than or equal to 0")
	}
}

// checkWorkload: the selector must be set and select the pods of the workload's own template.
func checkWorkload(meta *metav1.ObjectMeta, selector *metav1.LabelSelector, template *corev1.PodTemplateSpec,
	specPath string, refs *references, p *problems) {
	sel := requiredSelector(selector, specPath+".selector", p)
	if sel != nil && !sel.Matches(labels.Set(template.Labels)) {
		p.add(specPath+".selector", "does not match %s.template.metadata.labels", specPath)
	}
	checkLabels(specPath+".template.metadata.labels", template.Labels, p)
	checkPodSpec(&template.Spec, specPath+".template.spec", p)
	refs.templates = append(refs.templates, podTemplate{meta.Namespace, template.Labels})
}

func requiredSelector(selector *metav1.LabelSelector, path string, p *problems) labels.Selector {
	if selector == nil || (len(selector.MatchLabels) == 0 && len(selector.MatchExpressions) == 0) {
		p.add(path, "required and must not be empty")
		return nil
	}
	sel, err := metav1.LabelSelectorAsSelector(selector)
	if err != nil {
		p.add(path, "%v", err)
		return nil
	}
	return sel
}

func checkJobTemplate(template *corev1.PodTemplateSpec, path string, p *problems) {
	checkPodSpec(&template.Spec, path+".spec", p)
	if rp := template.Spec.RestartPolicy; rp != corev1.RestartPolicyNever && rp != corev1.RestartPolicyOnFailure {
		p.add(path+".spec.restartPolicy", "must be Never or OnFailure for a Job, got %q", rp)
	}
}

var (
	restartPolicies = []string{"Always", "OnFailure", "Never"}
	pullPolicies    = []string{"Always", "IfNotPresent", "Never"}
	protocols       = []string{"TCP", "UDP", "SCTP"}
	serviceTypes    = []string{"ClusterIP", "NodePort", "LoadBalancer", "ExternalName"}
	policyTypes     = []string{"Ingress", "Egress"}
	pathTypes       = []string{"Exact", "Prefix", "ImplementationSpecific"}
	subjectKinds    = []string{"ServiceAccount", "User", "Group"}
	roleKinds       = []string{"Role", "ClusterRole"}
)

func checkEnum(path, value string, allowed []string, optional bool, p *problems) {
	if value == "" && optional {
		return
	}
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	p.add(path, "must be one of %s, got %q", strings.Join(allowed, ", "), value)
}

func checkPodSpec(spec *corev1.PodSpec, path string, p *problems) {
	if len(spec.Containers) == 0 {
		p.add(path+".containers", "required: at least one container")
	}
	checkEnum(path+".restartPolicy", string(spec.RestartPolicy), restartPolicies, true, p)
	volumes := map[string]bool{}
	for i, v := range spec.Volumes {
		vpath := fmt.Sprintf("%s.volumes[%d]", path, i)
		p.addAll(vpath+".name", validation.IsDNS1123Label(v.Name))
		if volumes[v.Name] {
			p.add(vpath+".name", "duplicate volume name %q", v.Name)
		}
		volumes[v.Name] = true
	}
	names := map[string]bool{}
	check := func(list string, containers []corev1.Container) {
		for i := range containers {
			cpath := fmt.Sprintf("%s.%s[%d]", path, list, i)
			c := &containers[i]
			if names[c.Name] {
				p.add(cpath+".name", "duplicate container name %q", c.Name)
			}
			names[c.Name] = true
			checkContainer(c, cpath, volumes, p)
		}
	}
	check("initContainers", spec.InitContainers)
	check("containers", spec.Containers)
}

func checkContainer(c *corev1.Container, path string, volumes map[string]bool, p *problems) {
	p.addAll(path+".name", validation.IsDNS1123Label(c.Name))
	if strings.TrimSpace(c.Image) == "" {
		p.add(path+".image", "required")
	}
	checkEnum(path+".imagePullPolicy", string(c.ImagePullPolicy), pullPolicies, true, p)
	portNames := map[string]bool{}
	for i, port := range c.Ports {
		ppath := fmt.Sprintf("%s.ports[%d]", path, i)
		p.addAll(ppath+".containerPort", validation.IsValidPortNum(int(port.ContainerPort)))
		if port.HostPort != 0 {
			p.addAll(ppath+".hostPort", validation.IsValidPortNum(int(port.HostPort)))
		}
		checkEnum(ppath+".protocol", string(port.Protocol), protocols, true, p)
		if port.Name != "" {
			p.addAll(ppath+".name", validation.IsValidPortName(port.Name))
			if portNames[port.Name] {
				p.add(ppath+".name", "duplicate port name %q", port.Name)
			}
			portNames[port.Name] = true
		}
	}
	checkProbe(c.LivenessProbe, path+".livenessProbe", portNames, p)
	checkProbe(c.ReadinessProbe, path+".readinessProbe", portNames, p)
	checkProbe(c.StartupProbe, path+".startupProbe", portNames, p)
	for name, limit := range c.Resources.Limits {
		if request, ok := c.Resources.Requests[name]; ok && request.Cmp(limit) > 0 {
			p.add(fmt.Sprintf("%s.resources.requests.%s", path, name), "must be less than or equal to the limit %s",
				limit.String())
		}
	}
	for i, m := range c.VolumeMounts {
		mpath := fmt.Sprintf("%s.volumeMounts[%d]", path, i)
		if !volumes[m.Name] {
			p.add(mpath+".name", "no volume named %q in the pod", m.Name)
		}
		if m.MountPath == "" {
			p.add(mpath+".mountPath", "required")
		}
	}
	for i, e := range c.Env {
		epath := fmt.Sprintf("%s.env[%d]", path, i)
		if e.Name == "" {
			p.add(epath+".name", "required")
		}
		if e.ValueFrom != nil {
			checkEnvSource(e.ValueFrom, epath+".valueFrom", p)
		}
	}
}

func checkEnvSource(from *corev1.EnvVarSource, path string, p *problems) {
	set := 0
	if ref := from.SecretKeyRef; ref != nil {
		set++
		if ref.Name == "" || ref.Key == "" {
			p.add(path+".secretKeyRef", "name and key are required")
		}
	}
	if ref := from.ConfigMapKeyRef; ref != nil {
		set++
		if ref.Name == "" || ref.Key == "" {
			p.add(path+".configMapKeyRef", "name and key are required")
		}
	}
	if from.FieldRef != nil {
		set++
	}
	if from.ResourceFieldRef != nil {
		set++
	}
	if from.FileKeyRef != nil {
		set++
	}
	if set != 1 {
		p.add(path, "exactly one source must be set, found %d", set)
	}
}

// checkProbe: exactly one handler, and a port that is a valid number or the name of one of the container's ports.
func checkProbe(probe *corev1.Probe, path string, portNames map[string]bool, p *problems) {
	if probe == nil {
		return
	}
	h := probe.ProbeHandler
	set := 0
	if h.Exec != nil {
		set++
		if len(h.Exec.Command) == 0 {
			p.add(path+".exec.command", "required")
		}
	}
	if h.HTTPGet != nil {
		set++
		checkProbePort(h.HTTPGet.Port, path+".httpGet.port", portNames, p)
	}
	if h.TCPSocket != nil {
		set++
		checkProbePort(h.TCPSocket.Port, path+".tcpSocket.port", portNames, p)
	}
	if h.GRPC != nil {
		set++
		p.addAll(path+".grpc.port", validation.IsValidPortNum(int(h.GRPC.Port)))
	}
	if set != 1 {
		p.add(path, "exactly one handler (exec, httpGet, tcpSocket, grpc) must be set, found %d", set)
	}
}

func checkProbePort(port intstr.IntOrString, path string, portNames map[string]bool, p *problems) {
	if port.Type == intstr.Int {
		p.addAll(path, validation.IsValidPortNum(port.IntValue()))
		return
	}
	if !portNames[port.StrVal] {
		p.add(path, "no container port named %q", port.StrVal)
	}
}

func checkService(s *corev1.Service, refs *references, p *problems) {
	checkEnum("spec.type", string(s.Spec.Type), serviceTypes, true, p)
	if s.Spec.Type != corev1.ServiceTypeExternalName && len(s.Spec.Ports) == 0 && s.Spec.ClusterIP != "None" {
		p.add("spec.ports", "required: at least one port")
	}
	names := map[string]bool{}
	for i, port := range s.Spec.Ports {
		ppath := fmt.Sprintf("spec.ports[%d]", i)
		p.addAll(ppath+".port", validation.IsValidPortNum(int(port.Port)))
		checkEnum(ppath+".protocol", string(port.Protocol), protocols, true, p)
		if len(s.Spec.Ports) > 1 && port.Name == "" {
			p.add(ppath+".name", "required when the Service has more than one port")
		}
		if port.Name != "" {
			p.addAll(ppath+".name", validation.IsDNS1123Label(port.Name))
			if names[port.Name] {
				p.add(ppath+".name", "duplicate port name %q", port.Name)
			}
			names[port.Name] = true
		}
		switch {
		case port.TargetPort.Type == intstr.Int && port.TargetPort.IntVal != 0:
			p.addAll(ppath+".targetPort", validation.IsValidPortNum(port.TargetPort.IntValue()))
		case port.TargetPort.Type == intstr.String:
			p.addAll(ppath+".targetPort", validation.IsValidPortName(port.TargetPort.StrVal))
		}
		if port.NodePort != 0 {
			p.addAll(ppath+".nodePort", validation.IsValidPortNum(int(port.NodePort)))
		}
	}
	if len(s.Spec.Selector) > 0 {
		checkLabels("spec.selector", s.Spec.Selector, p)
		refs.selections = append(refs.selections,
			selection{s.Namespace, "spec.selector", labels.SelectorFromSet(s.Spec.Selector)})
	}
}

func checkDisruptionBudget(pdb *policyv1.PodDisruptionBudget, refs *references, p *problems) {
	if (pdb.Spec.MinAvailable == nil) == (pdb.Spec.MaxUnavailable == nil) {
		p.add("spec", "exactly one of minAvailable and maxUnavailable must be set")
	}
	if sel := requiredSelector(pdb.Spec.Selector, "spec.selector", p); sel != nil {
		refs.selections = append(refs.selections, selection{pdb.Namespace, "spec.selector", sel})
	}
}

func checkNetworkPolicy(np *networkingv1.NetworkPolicy, p *problems) {
	for i, t := range np.Spec.PolicyTypes {
		checkEnum(fmt.Sprintf("spec.policyTypes[%d]", i), string(t), policyTypes, false, p)
	}
	checkPorts := func(path string, ports []networkingv1.NetworkPolicyPort) {
		for i, port := range ports {
			ppath := fmt.Sprintf("%s.ports[%d]", path, i)
			if port.Protocol != nil {
				checkEnum(ppath+".protocol", string(*port.Protocol), protocols, false, p)
			}
			if port.Port != nil && port.Port.Type == intstr.Int {
				p.addAll(ppath+".port", validation.IsValidPortNum(port.Port.IntValue()))
			}
			if port.Port != nil && port.Port.Type == intstr.String {
				p.addAll(ppath+".port", validation.IsValidPortName(port.Port.StrVal))
			}
		}
	}
	for i, rule := range np.Spec.Ingress {
		checkPorts(fmt.Sprintf("spec.ingress[%d]", i), rule.Ports)
	}
	for i, rule := range np.Spec.Egress {
		checkPorts(fmt.Sprintf("spec.egress[%d]", i), rule.Ports)
	}
}

func checkIngress(ing *networkingv1.Ingress, p *problems) {
	for i, rule := range ing.Spec.Rules {
		if rule.HTTP == nil {
			continue
		}
		for j, path := range rule.HTTP.Paths {
			ppath := fmt.Sprintf("spec.rules[%d].http.paths[%d]", i, j)
			if path.PathType == nil {
				p.add(ppath+".pathType", "required")
			} else {
				checkEnum(ppath+".pathType", string(*path.PathType), pathTypes, false, p)
			}
			if svc := path.Backend.Service; svc != nil {
				if svc.Name == "" {
					p.add(ppath+".backend.service.name", "required")
				}
				if (svc.Port.Name == "") == (svc.Port.Number == 0) {
					p.add(ppath+".backend.service.port", "exactly one of name and number must be set")
				}
			} else if path.Backend.Resource == nil {
				p.add(ppath+".backend", "a service or a resource is required")
			}
		}
	}
}

func checkRoleBinding(ref rbacv1.RoleRef, subjects []rbacv1.Subject, p *problems) {
	if ref.APIGroup != rbacv1.GroupName {
		p.add("roleRef.apiGroup", "must be %q, got %q", rbacv1.GroupName, ref.APIGroup)
	}
	checkEnum("roleRef.kind", ref.Kind, roleKinds, false, p)
	if ref.Name == "" {
		p.add("roleRef.name", "required")
	}
	for i, s := range subjects {
		checkEnum(fmt.Sprintf("subjects[%d].kind", i), s.Kind, subjectKinds, false, p)
		if s.Name == "" {
			p.add(fmt.Sprintf("subjects[%d].name", i), "required")
		}
	}
}
