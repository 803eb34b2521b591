// A tiny hash router: the app is static files, so routes live after "#" and survive a reload.
import { useEffect, useState } from "react";

export type Route =
  | { name: "home" }
  | { name: "template"; templateId: string; view?: string | null; item?: string | null }
  | { name: "plan"; planId: string; view: string | null; item?: string | null }
  | { name: "notFound"; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "") || "/";
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: "home" };
  if (parts[0] === "template" && parts[1]) {
    // "#/template/<id>/<view>/<item>": the charts of a built-in programme (dashboard, chart, report…).
    if (parts[2]) return { name: "template", templateId: parts[1], view: parts[2], item: parts[3] ?? null };
    return { name: "template", templateId: parts[1] };
  }
  if (parts[0] === "plan" && parts[1]) {
    const route: Route = { name: "plan", planId: parts[1], view: parts[2] ?? null };
    return parts[3] ? { ...route, item: parts[3] } : route;
  }
  return { name: "notFound", path };
}

function subPath(view: string | null | undefined, item: string | null | undefined): string {
  if (!view) return "";
  return `/${encodeURIComponent(view)}${item ? `/${encodeURIComponent(item)}` : ""}`;
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case "home":
      return "#/";
    case "template":
      return `#/template/${encodeURIComponent(route.templateId)}${subPath(route.view, route.item)}`;
    case "plan":
      return `#/plan/${encodeURIComponent(route.planId)}${subPath(route.view, route.item)}`;
    case "notFound":
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
