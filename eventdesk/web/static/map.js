// eventdesk maps: the incident map (clustered markers sized by killed) and an incident's small map.
// Configuration comes from the JSON block #map-config; the page allows no inline script.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("map-config").textContent);

  function color(type) {
    return config.colors[type] || config.other;
  }

  // Area, not radius, grows with the toll, so that 100 killed does not look 10 times 10 killed.
  function radius(killed) {
    return Math.min(28, 5 + 2.2 * Math.sqrt(Math.max(0, killed || 0)));
  }

  function basemap(map) {
    if (config.tiles) {
      L.tileLayer(config.tiles, { attribution: config.attribution || "", maxZoom: 18 }).addTo(map);
      return;
    }
    // offline: Natural Earth country outlines served by this desk
    fetch(config.basemap).then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
      if (!geo) return;
      var layer = L.geoJSON(geo, {
        style: { color: "#8a94a6", weight: 0.7, fillColor: "#eef0f3", fillOpacity: 1 },
        interactive: false,
      }).addTo(map);
      layer.bringToBack();
      map.attributionControl.addAttribution("Country outlines: Natural Earth");
    });
  }

  function newMap(el, options) {
    // markercluster needs a maxZoom; outlines are too coarse to be worth zooming past 12
    var map = L.map(el, Object.assign({ worldCopyJump: true, minZoom: 1, maxZoom: config.tiles ? 18 : 12 }, options || {}));
    map.getContainer().classList.add("basemap-" + (config.tiles ? "tiles" : "outline"));
    basemap(map);
    return map;
  }

  function marker(p) {
    var m = L.circleMarker([p.lat, p.lon], {
      radius: radius(p.killed), color: "#333", weight: 1, fillColor: color(p.type), fillOpacity: 0.8,
    });
    var popup = document.createElement("div");  // built from text nodes: titles come from reports
    var link = document.createElement("a");
    link.href = "/incidents/" + encodeURIComponent(p.id);
    link.textContent = p.title;
    popup.appendChild(link);
    var meta = document.createElement("div");
    meta.textContent = [p.date || "date unknown", p.place, (p.killed == null ? "?" : p.killed) + " killed"].join(" · ");
    popup.appendChild(meta);
    m.bindPopup(popup);
    m.options.killed = p.killed || 0;
    return m;
  }

  function incidentMap(el) {
    var map = newMap(el).setView([20, 20], 2);
    var cluster = L.markerClusterGroup({
      maxClusterRadius: 40,
      // a cluster shows how many incidents it holds; its tooltip sums the killed
      iconCreateFunction: function (c) {
        var n = c.getChildCount();
        var size = n < 10 ? "small" : n < 100 ? "medium" : "large";
        return L.divIcon({ html: "<div><span>" + n + "</span></div>", className: "marker-cluster marker-cluster-" + size,
                           iconSize: L.point(40, 40) });
      },
    });
    map.addLayer(cluster);
    fetch(el.dataset.points).then(function (r) { return r.json(); }).then(function (data) {
      var markers = data.points.map(marker);
      cluster.addLayers(markers);
      el.dataset.markers = String(markers.length);
      if (markers.length) {
        map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: config.tiles ? 9 : 5 });  // outlines need context around a lone marker
      }
      var note = document.getElementById("map-note");
      if (note && data.total > data.located) {
        note.textContent = (data.total - data.located) + " incident(s) without coordinates are listed but not mapped.";
      }
      el.classList.add("loaded");
    });
  }

  function miniMap(el) {
    var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
    // outlines alone show nothing at street level: keep the country in view unless tiles are configured
    var zoom = (config.tiles ? { point: 11, city: 9, admin1: 7, region: 6, country: 5 }
                             : { point: 6, city: 6, admin1: 5, region: 5, country: 4 })[el.dataset.precision] || 5;
    var map = newMap(el, { zoomControl: true, scrollWheelZoom: false }).setView([lat, lon], zoom);
    L.circleMarker([lat, lon], {
      radius: radius(parseInt(el.dataset.killed, 10)), color: "#333", weight: 1,
      fillColor: color(el.dataset.type), fillOpacity: 0.85,
    }).addTo(map);
    el.dataset.markers = "1";
    el.classList.add("loaded");
  }

  var big = document.getElementById("map");
  if (big) incidentMap(big);
  var small = document.getElementById("minimap");
  if (small) miniMap(small);
})();
