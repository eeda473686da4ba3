package io.policygraph.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.policygraph.graph.OrganizationKind;
import io.policygraph.graph.RegionLevel;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.Sector;

/**
 * The entities of a synthetic seed: every record of the curated entity files, unchanged,
 * and synthetic cities, companies and organizations that grow with the scale (about 300
 * cities, thousands of companies and organizations at 10,000x). Also knows which are
 * popular: the curated big names (浙江, 天津, 阿里巴巴, 腾讯, 政务, 医疗) are drawn most often.
 */
final class SyntheticEntities {

	private static final List<String> POPULAR_PROVINCES = List.of("zhejiang", "tianjin", "beijing", "guangdong",
			"shanghai", "jiangsu", "shandong", "sichuan", "hubei", "guizhou");

	private static final List<String> POPULAR_GROUPS = List.of("alibaba-group", "tencent", "baidu", "china-telecom",
			"china-mobile", "china-unicom", "icbc", "huawei");

	/** Syllables of synthetic place and firm names: character, pinyin. */
	private static final String[][] FIRST = { { "青", "qing" }, { "安", "an" }, { "宁", "ning" }, { "平", "ping" },
			{ "华", "hua" }, { "临", "lin" }, { "丰", "feng" }, { "永", "yong" }, { "兴", "xing" }, { "泰", "tai" },
			{ "东", "dong" }, { "西", "xi" }, { "南", "nan" }, { "北", "bei" }, { "金", "jin" }, { "玉", "yu" },
			{ "长", "chang" }, { "高", "gao" }, { "白", "bai" }, { "凤", "feng" }, { "龙", "long" }, { "云", "yun" },
			{ "清", "qing" }, { "明", "ming" }, { "德", "de" }, { "广", "guang" }, { "新", "xin" }, { "嘉", "jia" },
			{ "瑞", "rui" }, { "宝", "bao" }, { "昌", "chang" }, { "汉", "han" }, { "桂", "gui" }, { "溪", "xi" },
			{ "石", "shi" }, { "红", "hong" } };

	private static final String[][] SECOND = { { "州", "zhou" }, { "阳", "yang" }, { "山", "shan" }, { "江", "jiang" },
			{ "河", "he" }, { "川", "chuan" }, { "源", "yuan" }, { "城", "cheng" }, { "原", "yuan" }, { "林", "lin" },
			{ "沙", "sha" }, { "门", "men" }, { "峰", "feng" }, { "台", "tai" }, { "水", "shui" }, { "海", "hai" },
			{ "陵", "ling" }, { "坪", "ping" }, { "宁", "ning" }, { "安", "an" } };

	/** Firm name parts: character, pinyin. */
	private static final String[][] FIRM = { { "华", "hua" }, { "中", "zhong" }, { "新", "xin" }, { "星", "xing" },
			{ "云", "yun" }, { "智", "zhi" }, { "联", "lian" }, { "信", "xin" }, { "数", "shu" }, { "汇", "hui" },
			{ "恒", "heng" }, { "锐", "rui" }, { "远", "yuan" }, { "海", "hai" }, { "天", "tian" }, { "博", "bo" },
			{ "睿", "rui" }, { "宏", "hong" }, { "鼎", "ding" }, { "创", "chuang" }, { "易", "yi" }, { "优", "you" },
			{ "达", "da" }, { "通", "tong" }, { "腾", "teng" }, { "科", "ke" } };

	/** Industries of synthetic groups: Chinese, id part, English, sector or null. */
	private static final String[][] INDUSTRIES = { { "科技", "tech", "Technology", null },
			{ "信息", "info", "Information", "big-data" }, { "网络", "net", "Network", null },
			{ "数据", "data", "Data", "big-data" }, { "智能", "ai", "Intelligence", "artificial-intelligence" },
			{ "软件", "soft", "Software", "cloud-computing" }, { "通信", "comm", "Communications", "5g" },
			{ "医疗科技", "med", "Medical Technology", "healthcare" }, { "物流", "logistics", "Logistics", "logistics" },
			{ "金融服务", "fin", "Financial Services", "finance" }, { "电子商务", "ecom", "E-commerce", "e-commerce" } };

	/** Subsidiaries: name suffix, id suffix, English, sector. */
	private static final String[][] SUBSIDIARIES = { { "云", "cloud", "Cloud", "cloud-computing" },
			{ "健康", "health", "Health", "healthcare" }, { "金融", "finance", "Finance", "finance" },
			{ "物流", "logistics", "Logistics", "logistics" }, { "智能", "ai", "AI", "artificial-intelligence" },
			{ "教育", "education", "Education", "education" } };

	/**
	 * Bodies of a region: kind, name after a province's name, after a city's, id suffix,
	 * English.
	 */
	private static final String[][] BODIES = {
			{ "GOVERNMENT", "大数据发展管理局", "大数据管理局", "big-data-bureau", "Big Data Bureau" },
			{ "GOVERNMENT", "卫生健康委员会", "卫生健康委员会", "health-commission", "Health Commission" },
			{ "GOVERNMENT", "教育厅", "教育局", "education-department", "Education Department" },
			{ "GOVERNMENT", "交通运输厅", "交通运输局", "transport-department", "Transport Department" },
			{ "GOVERNMENT", "人力资源和社会保障厅", "人力资源和社会保障局", "hrss", "Human Resources and Social Security" },
			{ "GOVERNMENT", "市场监督管理局", "市场监督管理局", "market-regulation", "Market Regulation Administration" },
			{ "GOVERNMENT", "公安厅", "公安局", "public-security", "Public Security" },
			{ "GOVERNMENT", "税务局", "税务局", "tax-bureau", "Tax Bureau" },
			{ "HOSPITAL", "人民医院", "第一人民医院", "peoples-hospital", "People's Hospital" },
			{ "HOSPITAL", "中医院", "中医院", "tcm-hospital", "Hospital of Traditional Chinese Medicine" },
			{ "COURT", "高级人民法院", "中级人民法院", "court", "People's Court" },
			{ "ASSOCIATION", "互联网协会", "互联网协会", "internet-association", "Internet Association" },
			{ "UNIVERSITY", "理工大学", "职业技术学院", "university", "University" },
			{ "OTHER", "信息中心", "信息中心", "information-center", "Information Center" } };

	final GraphSeed real;

	final List<Region> cities = new ArrayList<>();

	final List<Company> companies = new ArrayList<>();

	final List<Organization> organizations = new ArrayList<>();

	final Popularity<Region> provinces;

	final Popularity<Company> groups;

	final Popularity<Company> allCompanies;

	final Popularity<Ministry> ministries;

	final Popularity<Sector> sectors;

	/** Cities and districts of each province, by its id. */
	final Map<String, List<Region>> placesOfProvince = new LinkedHashMap<>();

	/** Organizations sitting in each province (or a place of it), by its id. */
	final Map<String, List<Organization>> organizationsOfProvince = new LinkedHashMap<>();

	/** A group and every company below it, by the group's id. */
	final Map<String, List<Company>> membersOfGroup = new LinkedHashMap<>();

	private final Map<String, Named> byId = new HashMap<>();

	private final Map<String, Region> regions = new HashMap<>();

	private final Set<String> ids = new HashSet<>();

	private final Set<String> names = new HashSet<>();

	/**
	 * @param real the curated seed, whose entities are kept
	 * @param scale the number of times the November 2018 report is repeated, at least 1
	 * @param random the generator's source of randomness
	 */
	SyntheticEntities(GraphSeed real, int scale, SplittableRandom random) {
		this.real = real;
		List.of(real.ministries(), real.regions(), real.companies(), real.organizations(), real.sectors())
			.forEach(list -> list.forEach(this::register));
		real.regions().forEach(region -> this.regions.put(region.id(), region));
		List<Region> provinceLevel = real.regions().stream().filter(r -> r.level().isProvinceLevel()).toList();
		this.provinces = new Popularity<>(popularFirst(provinceLevel, POPULAR_PROVINCES), 1.0);
		provinceLevel.forEach(province -> {
			this.placesOfProvince.put(province.id(), new ArrayList<>());
			this.organizationsOfProvince.put(province.id(), new ArrayList<>());
		});
		real.regions()
			.stream()
			.filter(r -> !r.level().isProvinceLevel() && !Boolean.TRUE.equals(r.hierarchyOnly()))
			.forEach(r -> this.placesOfProvince.get(provinceOf(r.id())).add(r));
		addCities(Math.min(280, 12 * scale), provinceLevel, random);
		real.organizations()
			.stream()
			.filter(o -> o.region() != null)
			.forEach(o -> this.organizationsOfProvince.get(provinceOf(o.region())).add(o));
		addOrganizations(Math.min(3000, 10 + 3 * scale), random);
		List<Company> realGroups = real.companies()
			.stream()
			.filter(c -> c.parent() == null && !Boolean.TRUE.equals(c.hierarchyOnly()))
			.toList();
		realGroups.forEach(group -> this.membersOfGroup.put(group.id(), new ArrayList<>(List.of(group))));
		real.companies().stream().filter(c -> c.parent() != null).forEach(c -> {
			List<Company> members = this.membersOfGroup.get(c.parent());
			if (members != null) {
				members.add(c);
			}
		});
		List<Company> syntheticGroups = addCompanies(Math.min(1500, 4 + 2 * scale), random);
		var groupList = new ArrayList<Company>(popularFirst(realGroups, POPULAR_GROUPS));
		groupList.addAll(syntheticGroups);
		this.groups = new Popularity<>(groupList, 1.0);
		var all = new ArrayList<Company>(popularFirst(real.companies(), POPULAR_GROUPS));
		all.addAll(this.companies);
		this.allCompanies = new Popularity<>(all, 0.9);
		this.ministries = new Popularity<>(real.ministries(), 0.8);
		this.sectors = new Popularity<>(popularFirst(real.sectors(), List.of("government-services", "healthcare")),
				0.9);
	}

	/** The canonical name of the entity with this id. */
	String name(String id) {
		return this.byId.get(id).name();
	}

	/** The entity with this id. */
	Named entity(String id) {
		return this.byId.get(id);
	}

	/** The province-level region a region belongs to (itself for a province). */
	String provinceOf(String regionId) {
		Region region = this.regions.get(regionId);
		while (region.partOf() != null) {
			region = this.regions.get(region.partOf());
		}
		return region.id();
	}

	/** A place of the province, or the province itself when it has none or by chance. */
	Region placeIn(Region province, SplittableRandom random) {
		List<Region> places = this.placesOfProvince.get(province.id());
		return places.isEmpty() || random.nextInt(3) == 0 ? province : places.get(random.nextInt(places.size()));
	}

	/**
	 * Reserves an id that is unique among all entities (and events), or null if taken.
	 */
	boolean reserve(String id) {
		return this.ids.add(id);
	}

	private void register(Named entity) {
		this.byId.put(entity.id(), entity);
		this.ids.add(entity.id());
		this.names.add(entity.name());
	}

	private void addCities(int count, List<Region> provinceLevel, SplittableRandom random) {
		List<Region> provinces = provinceLevel.stream().filter(p -> p.level() != RegionLevel.MUNICIPALITY).toList();
		for (int attempt = 0; this.cities.size() < count && attempt < count * 20; attempt++) {
			String[] first = FIRST[random.nextInt(FIRST.length)];
			String[] second = SECOND[random.nextInt(SECOND.length)];
			String name = first[0] + second[0] + "市";
			String id = first[1] + second[1];
			if (first[0].equals(second[0]) || this.names.contains(name) || this.ids.contains(id)) {
				continue;
			}
			Region province = provinces.get(random.nextInt(provinces.size()));
			String nameEn = Character.toUpperCase(id.charAt(0)) + id.substring(1);
			var city = new Region(id, name, nameEn, List.of(first[0] + second[0], name + "人民政府"), RegionLevel.CITY,
					province.id(), null);
			this.cities.add(city);
			this.regions.put(id, city);
			this.placesOfProvince.get(province.id()).add(city);
			register(city);
		}
	}

	private void addOrganizations(int count, SplittableRandom random) {
		for (int attempt = 0; this.organizations.size() < count && attempt < count * 20; attempt++) {
			Region province = this.provinces.pick(random);
			Region place = placeIn(province, random);
			boolean provincial = place.level().isProvinceLevel();
			String[] body = BODIES[random.nextInt(BODIES.length)];
			String name = place.name() + (provincial ? body[1] : body[2]);
			String id = place.id() + "-" + body[3];
			if (this.ids.contains(id) || this.names.contains(name)) {
				continue;
			}
			var organization = new Organization(id, name, place.nameEn() + " " + body[4], List.of(),
					OrganizationKind.valueOf(body[0]), place.id(), null);
			this.organizations.add(organization);
			this.organizationsOfProvince.get(province.id()).add(organization);
			register(organization);
		}
	}

	/** Adds groups with subsidiaries and local branches; returns the groups. */
	private List<Company> addCompanies(int groupCount, SplittableRandom random) {
		var groups = new ArrayList<Company>();
		for (int attempt = 0; groups.size() < groupCount && attempt < groupCount * 20; attempt++) {
			String[] first = FIRM[random.nextInt(FIRM.length)];
			String[] second = FIRM[random.nextInt(FIRM.length)];
			String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
			String shortName = first[0] + second[0];
			String name = shortName + industry[0] + "集团";
			String base = first[1] + second[1] + "-" + industry[1];
			String id = base + "-group";
			if (first[0].equals(second[0]) || this.ids.contains(id) || this.names.contains(name)) {
				continue;
			}
			String nameEn = Character.toUpperCase(first[1].charAt(0)) + first[1].substring(1) + second[1] + " "
					+ industry[2] + " Group";
			Region home = placeIn(this.provinces.pick(random), random);
			var group = new Company(id, name, nameEn, List.of(shortName + industry[0], shortName), null,
					random.nextInt(2) == 0 ? home.id() : null,
					industry[3] != null && random.nextInt(3) == 0 ? List.of(industry[3]) : List.of(), null);
			addCompany(group);
			groups.add(group);
			var members = new ArrayList<Company>(List.of(group));
			this.membersOfGroup.put(id, members);
			int subsidiaries = random.nextInt(3);
			for (int s = 0; s < subsidiaries; s++) {
				String[] part = SUBSIDIARIES[random.nextInt(SUBSIDIARIES.length)];
				String subsidiaryId = base + "-" + part[1];
				if (this.ids.contains(subsidiaryId)) {
					continue;
				}
				var subsidiary = new Company(subsidiaryId, shortName + part[0], nameEn + " " + part[2],
						List.of(shortName + part[0] + "有限公司"), id, null, List.of(part[3]), null);
				addCompany(subsidiary);
				members.add(subsidiary);
			}
			int branches = random.nextInt(4);
			for (int b = 0; b < branches; b++) {
				Region province = this.provinces.pick(random);
				String branchId = base + "-" + province.id();
				if (this.ids.contains(branchId)) {
					continue;
				}
				String provinceShort = province.aliases().isEmpty() ? province.name() : province.aliases().get(0);
				var branch = new Company(branchId, shortName + industry[0] + provinceShort + "分公司",
						nameEn + " " + province.nameEn() + " Branch", List.of(provinceShort + shortName), id,
						province.id(), List.of(), null);
				addCompany(branch);
				members.add(branch);
			}
		}
		return groups;
	}

	private void addCompany(Company company) {
		this.companies.add(company);
		register(company);
	}

	private static <T extends Named> List<T> popularFirst(List<T> records, List<String> popular) {
		var ordered = new ArrayList<T>();
		popular.forEach(id -> records.stream().filter(r -> r.id().equals(id)).forEach(ordered::add));
		records.stream().filter(r -> !popular.contains(r.id())).forEach(ordered::add);
		return ordered;
	}

}
