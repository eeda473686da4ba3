package io.policygraph.graph;

/**
 * The eleven actions of the State Council's 2015 guiding opinions on actively promoting
 * “互联网+” (国发〔2015〕40号), by which the series is structured.
 */
public enum ProgrammeAction {

	/** 创业创新 */
	ENTREPRENEURSHIP_INNOVATION("创业创新"),
	/** 协同制造 */
	COLLABORATIVE_MANUFACTURING("协同制造"),
	/** 现代农业 */
	MODERN_AGRICULTURE("现代农业"),
	/** 智慧能源 */
	SMART_ENERGY("智慧能源"),
	/** 普惠金融 */
	INCLUSIVE_FINANCE("普惠金融"),
	/** 益民服务 */
	PUBLIC_SERVICES("益民服务"),
	/** 高效物流 */
	EFFICIENT_LOGISTICS("高效物流"),
	/** 电子商务 */
	E_COMMERCE("电子商务"),
	/** 便捷交通 */
	CONVENIENT_TRANSPORT("便捷交通"),
	/** 绿色生态 */
	GREEN_ECOLOGY("绿色生态"),
	/** 人工智能 */
	ARTIFICIAL_INTELLIGENCE("人工智能");

	private final String chineseName;

	ProgrammeAction(String chineseName) {
		this.chineseName = chineseName;
	}

	/** The action's name in the guiding opinions: 益民服务. */
	public String chineseName() {
		return chineseName;
	}

}
